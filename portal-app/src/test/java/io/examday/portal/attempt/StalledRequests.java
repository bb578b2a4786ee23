package io.examday.portal.attempt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests that take a place in the portal's admission line and keep it: each announces a JSON body and never
 * sends it, so the portal works on it (reading the body) until the test closes its connection. With every place
 * held, the next request waits in line.
 */
final class StalledRequests implements AutoCloseable {

    private final List<Socket> connections = new ArrayList<>();

    static StalledRequests hold(int port, int places) {
        var stalled = new StalledRequests();
        try {
            for (int i = 0; i < places; i++) {
                var socket = new Socket("127.0.0.1", port);
                stalled.connections.add(socket);
                // A sign-in needs no session, and its JSON body is read only once the request holds a place.
                socket.getOutputStream().write("""
                        POST /api/session HTTP/1.1\r
                        Host: 127.0.0.1\r
                        Content-Type: application/json\r
                        Content-Length: 64\r
                        \r
                        """.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
        } catch (IOException e) {
            stalled.close();
            throw new UncheckedIOException(e);
        }
        return stalled;
    }

    /** Closing a connection ends its request, which gives its place back. */
    @Override
    public void close() {
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone: its place is free either way
            }
        }
        connections.clear();
    }
}
