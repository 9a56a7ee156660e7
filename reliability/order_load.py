#!/usr/bin/env python3
"""Order load for the reliability scripts: THREADS clients, each creating an order (two lines, one split over two
locations, with an Idempotency-Key that is also its reference id) and then placing it, until STOP_FILE exists.
Every answer is one line of ANSWERS: "<step> <status> <key> <order id or ->". A refused connection (the service
is down) is status 000; the client waits a little and goes on.

    order_load.py BASE_URL TOKEN FIXTURES_JSON ANSWERS STOP_FILE THREADS
"""
import json
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

base, token, fixtures_path, answers_path, stop_file, threads = sys.argv[1:7]
fixtures = json.load(open(fixtures_path))
lock = threading.Lock()
answers = open(answers_path, "a", buffering=1)


def call(method, path, body=None, key=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Bearer " + token)
    request.add_header("Content-Type", "application/json")
    if key:
        request.add_header("Idempotency-Key", key)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        try:
            problem = json.loads(e.read())
        except ValueError:
            problem = {"type": "not-json"}
        return e.code, problem
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return 0, None


def record(step, status, key, order_id, problem=None):
    detail = json.dumps(problem, ensure_ascii=True) if problem else ""
    with lock:
        answers.write(f"{step} {status:03d} {key} {order_id or '-'} {detail}\n")


def order_body(key):
    plant, warehouse = fixtures["locations"]
    return {
        "customerId": fixtures["customerId"],
        "referenceId": key,
        "lines": [
            {"sku": fixtures["skus"][0], "quantity": 10, "delivery": {"mode": "CUSTOM", "splits": [
                {"locationId": plant, "quantity": 6, "date": "2027-03-01"},
                {"locationId": warehouse, "quantity": 4, "date": "2027-04-01"}]}},
            {"sku": fixtures["skus"][1], "quantity": 5, "delivery": {"mode": "STANDARD", "splits": [
                {"locationId": warehouse, "quantity": 5}]}},
        ],
    }


def client(number):
    import os
    while not os.path.exists(stop_file):
        key = f"crash-{number}-{uuid.uuid4().hex[:12]}"
        status, order = call("POST", "/api/v1/orders", order_body(key), key)
        order_id = order["id"] if status == 201 else None
        record("create", status, key, order_id, None if status == 201 else order)
        if status == 0:
            time.sleep(0.2)
            continue
        if order_id:
            status, problem = call("POST", f"/api/v1/orders/{order_id}/place")
            record("place", status, key, order_id, None if status == 200 else problem)


workers = [threading.Thread(target=client, args=(n,)) for n in range(int(threads))]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
