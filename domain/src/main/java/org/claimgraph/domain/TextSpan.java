package org.claimgraph.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Character offsets into {@link Article#getBody()}, end exclusive: {@code body.substring(start, end)}. */
@Embeddable
public class TextSpan {

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    protected TextSpan() {}

    public TextSpan(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span: start=" + start + ", end=" + end);
        }
        this.start = start;
        this.end = end;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String textOf(String body) {
        return body.substring(start, end);
    }
}
