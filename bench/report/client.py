#!/usr/bin/env python3
"""Times GET /api/v1/reports/annual/{agency}/{year} through one keep-alive connection.

usage: client.py PORT PASSWORD YEAR RUNS WARMUP LABEL:AGENCY:SCOPE ...
Prints one line per case: p50 / p95 / min / max in ms (time to the last byte of the body), and what
the report counted (table 三's total of new requests, checks that fail), so a wrong answer shows.
"""
import http.client
import json
import sys
import time


def main():
    port, password, year, runs, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=120)
    conn.request("POST", "/api/v1/auth/token", body=json.dumps({"username": "admin", "password": password}),
                 headers={"Content-Type": "application/json"})
    resp = conn.getresponse()
    token = json.loads(resp.read())["token"]
    headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
    for case in sys.argv[6:]:
        label, agency, scope = case.split(":")
        path = "/api/v1/reports/annual/%s/%d?scope=%s" % (agency, year, scope)
        times = []
        body = None
        for i in range(warmup + runs):
            t = time.perf_counter()
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            ms = (time.perf_counter() - t) * 1000
            if resp.status != 200:
                sys.exit("%s: HTTP %d %s" % (path, resp.status, data[:300]))
            if i >= warmup:
                times.append(ms)
            body = data
        times.sort()
        p50 = times[len(times) // 2]
        p95 = times[max(0, -(-len(times) * 95 // 100) - 1)]
        report = json.loads(body)
        failing = [c["rule"] for c in report.get("checks", []) if not c.get("holds")]
        print("%-8s %-6s %-20s p50 %8.1f ms  p95 %8.1f ms  min %8.1f  max %8.1f  (%d calls, %d bytes; failing checks: %s)"
              % (label, scope, agency, p50, p95, times[0], times[-1], len(times), len(body), failing or "none"))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
