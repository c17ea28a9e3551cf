package coop.market.web.pagecache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body is kept here instead of sent, so it can be cached before it goes; its status and headers go
 * to the real response as usual. An error or a redirect is left to the container: {@link #passedOn()}.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedOn;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    /** The body written so far. */
    byte[] body() {
        flushWriter();
        return body.toByteArray();
    }

    /** Whether an error or a redirect was sent: the container answers that itself, and nothing is cached. */
    boolean passedOn() {
        return passedOn;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a buffered page is written in one go");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() has already been called");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    /** Nothing is sent before the whole page is written. */
    @Override
    public void flushBuffer() {
        flushWriter();
    }

    @Override
    public void resetBuffer() {
        flushWriter();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    /** The length is set by the filter, from the bytes it sends. */
    @Override
    public void setContentLength(int length) {
    }

    @Override
    public void setContentLengthLong(long length) {
    }

    @Override
    public void sendError(int status) throws IOException {
        passedOn = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        passedOn = true;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedOn = true;
        super.sendRedirect(location);
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }
}
