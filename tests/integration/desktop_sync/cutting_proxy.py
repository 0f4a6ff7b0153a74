"""A TCP proxy on 127.0.0.1 that cuts every connection after a number of bytes."""

from __future__ import annotations

import socket
import threading


class CuttingProxy:
    def __init__(self, upstream_port: int, *, cut_after: int) -> None:
        self.upstream_port, self.cut_after = upstream_port, cut_after
        self.cuts = 0
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            budget = [self.cut_after]
            lock = threading.Lock()
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(src, dst, client, upstream, budget,
                                                          lock), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, a: socket.socket,
              b: socket.socket, budget: list[int], lock: threading.Lock) -> None:
        try:
            while True:
                data = src.recv(16384)
                if not data:
                    break
                with lock:
                    budget[0] -= len(data)
                    cut = budget[0] < 0
                if cut:
                    dst.sendall(data[: max(0, len(data) + budget[0])])
                    self.cuts += 1
                    break
                dst.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self) -> None:
        self._stop = True
        self._listener.close()
