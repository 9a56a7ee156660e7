package dev.ordino.shared.web;

import dev.ordino.shared.PersonalData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The one place personal data is masked for a caller the {@link PersonalDataPolicy} says sees it masked: every
 * answer of every controller passes here, a response body on its way to JSON and a page's model on its way to
 * its template, and leaves with {@link PersonalData#maskAll} applied. Controllers and views do not mask, so a
 * new read cannot forget to.
 */
@ControllerAdvice
class PersonalDataMasking implements ResponseBodyAdvice<Object>, HandlerInterceptor, WebMvcConfigurer {

    private final PersonalDataPolicy policy;

    PersonalDataMasking(PersonalDataPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        return body != null && policy.masks() ? PersonalData.maskAll(body) : body;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page != null && policy.masks()) {
            page.getModelMap().replaceAll((name, value) -> PersonalData.maskAll(value));
        }
    }
}
