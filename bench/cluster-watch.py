"""For bench/cluster.sh: sends one newsroom form through the load balancer, then polls each node's page every 20 ms
until it shows a text, and prints the milliseconds from the moment the form's answer arrived to the first answer that
showed it, per node ("timeout" after 10 s). One process with a kept connection per node, so that the figures measure
the nodes rather than a shell starting curl on a busy machine.

    cluster-watch.py FORM_URL SESSION_COOKIE SITE_HOST PATH TEXT NODE_URL... -- NAME=VALUE...

Prints "<status> <location> <ms per node...>": the form's answer (302 when it was taken) and where it sent to.
"""

import http.client
import sys
import threading
import time
import urllib.parse

POLL_SECONDS = 0.02
GIVE_UP_SECONDS = 10


def connection(url, timeout=5):
    parts = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)


def send_form(url, cookie, fields):
    conn = connection(url, timeout=120)  # a publication on a busy machine may take long; the clock starts after
    body = urllib.parse.urlencode(fields)
    conn.request("POST", urllib.parse.urlsplit(url).path, body, {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": "JSESSIONID=" + cookie,
    })
    response = conn.getresponse()
    response.read()
    return response.status, urllib.parse.urlsplit(response.getheader("Location", "-")).path or "-"


def watch(node, host, path, text, started, results, index):
    conn = connection(node)
    deadline = started + GIVE_UP_SECONDS
    while time.monotonic() < deadline:
        try:
            conn.request("GET", path, headers={"Host": host})
            page = conn.getresponse().read().decode("utf-8", "replace")
            if text in page:
                results[index] = str(round((time.monotonic() - started) * 1000))
                return
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = connection(node)
        time.sleep(POLL_SECONDS)
    results[index] = "timeout"


def main(argv):
    split = argv.index("--")
    form_url, cookie, host, path, text, *nodes = argv[1:split]
    fields = [tuple(arg.split("=", 1)) for arg in argv[split + 1:]]
    status, location = send_form(form_url, cookie, fields)
    started = time.monotonic()
    results = ["timeout"] * len(nodes)
    threads = [threading.Thread(target=watch, args=(node, host, path, text, started, results, i))
               for i, node in enumerate(nodes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(status, location, *results)


if __name__ == "__main__":
    main(sys.argv)
