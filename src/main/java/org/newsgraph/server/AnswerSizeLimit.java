package org.newsgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.jena.query.QueryDeniedException;

/**
 * Refuses an answer larger than a number of bytes, whole: the answer is held until it is complete, so that one
 * over the bound is answered with an error (Fuseki answers {@link QueryDeniedException} with 422 and its message)
 * instead of a {@code 200} cut short, and a query stopped by the timeout while its results are written still gets
 * its error status, without the rows written before. Holding the answer costs at most the bound in memory per request.
 */
final class AnswerSizeLimit implements Filter {

    private final long maxBytes;
    private final String advice;

    /** {@code advice} tells the client what to do instead, e.g. where the dumps are. */
    AnswerSizeLimit(long maxBytes, String advice) {
        this.maxBytes = maxBytes;
        this.advice = advice;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!(resp instanceof HttpServletResponse response)) {
            chain.doFilter(req, resp);
            return;
        }
        HeldResponse held = new HeldResponse(response);
        try {
            chain.doFilter(req, held);
        } finally {
            held.release();
        }
    }

    /** A response whose body is held in memory, up to the bound, until {@link #release()}. */
    private final class HeldResponse extends HttpServletResponseWrapper {
        private final HeldBody body = new HeldBody();
        private PrintWriter writer;

        HeldResponse(HttpServletResponse response) { super(response); }

        @Override
        public ServletOutputStream getOutputStream() { return body; }

        @Override
        public PrintWriter getWriter() {
            if (writer == null)
                writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
            return writer;
        }

        /**
         * An error set after the answer was begun (Fuseki's, when the timeout stops a query while its rows are
         * written) drops the rows held: the body is then the error's message alone, never a partial answer.
         */
        @Override
        public void setStatus(int status) {
            if (status >= 400 && body.held.size() > 0) {
                body.held.reset();
                super.setContentType("text/plain;charset=utf-8");
            }
            super.setStatus(status);
        }

        @Override
        public void flushBuffer() {
            // The answer leaves only when complete.
        }

        @Override
        public void resetBuffer() {
            body.held.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            body.held.reset();
            super.reset();
        }

        /** Sends what is held; once only. */
        void release() throws IOException {
            if (writer != null)
                writer.flush();
            if (body.released)
                return;
            body.released = true;
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (!response.isCommitted())
                response.setContentLengthLong(body.held.size());
            body.held.writeTo(response.getOutputStream());
            response.flushBuffer();
        }

        private final class HeldBody extends ServletOutputStream {
            final ByteArrayOutputStream held = new ByteArrayOutputStream();
            boolean released;

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (released)
                    throw new IllegalStateException("answer already sent");
                if (held.size() + (long) len > maxBytes) {
                    // What the query wrote so far is dropped: the error message takes its place.
                    held.reset();
                    throw new QueryDeniedException("The answer is larger than " + maxBytes + " bytes, this "
                        + "server's bound: ask for less (LIMIT and OFFSET, fewer variables)" + advice);
                }
                held.write(b, off, len);
            }

            @Override
            public void close() throws IOException { release(); }

            @Override
            public boolean isReady() { return true; }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("answers are written blocking");
            }
        }
    }
}
