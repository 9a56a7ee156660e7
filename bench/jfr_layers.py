#!/usr/bin/env python3
"""Where the service's CPU samples go, by layer: reads `jfr print --events jdk.ExecutionSample` output and
counts each sample once, for the first frame (from the top of the stack) that belongs to a known layer.
Usage: jfr print --events jdk.ExecutionSample --stack-depth 64 rec.jfr | jfr_layers.py"""
import collections
import re
import sys

LAYERS = [
    ("org.postgresql", "JDBC driver (PostgreSQL)"),
    ("com.zaxxer.hikari", "connection pool"),
    ("org.springframework.jdbc", "Spring JDBC"),
    ("tools.jackson", "JSON (Jackson)"),
    ("com.fasterxml.jackson", "JSON (Jackson)"),
    ("ch.qos.logback", "logging"),
    ("org.slf4j", "logging"),
    ("org.hibernate.validator", "bean validation"),
    ("org.springframework.security", "Spring Security"),
    ("io.micrometer", "metrics and observations"),
    ("org.springframework.transaction", "transactions"),
    ("org.springframework.aop", "proxies"),
    ("org.springframework.web", "Spring MVC"),
    ("org.springframework.http", "Spring MVC"),
    ("org.apache.tomcat", "Tomcat"),
    ("org.apache.coyote", "Tomcat"),
    ("org.apache.catalina", "Tomcat"),
    ("dev.ordino", "Ordino"),
    ("org.springframework", "Spring (other)"),
]

counts = collections.Counter()
total = 0
for event in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(.*?\)\s+line:", event, re.M)
    if not frames:
        continue
    total += 1
    layer = next((name for frame in frames for prefix, name in LAYERS if frame.startswith(prefix)), "JDK/other")
    counts[layer] += 1
for layer, n in counts.most_common():
    print(f"{100.0 * n / total:5.1f} %  {layer}")
print(f"({total} samples)")
