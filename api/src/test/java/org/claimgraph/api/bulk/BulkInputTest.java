package org.claimgraph.api.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkInputTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadEveryFieldOfAJsonLine() {
        BulkItem item = BulkInput.JsonLines.parse("a.jsonl:1", """
                {"title":"T","body":"B","source":"S","url":"https://example.org/a","publishedAt":"2024-03-01T10:00:00Z"}""");

        assertNull(item.unreadable());
        assertEquals("B", item.submission().body());
        assertEquals("T", item.submission().title());
        assertEquals("S", item.submission().source());
        assertEquals("https://example.org/a", item.submission().url());
        assertEquals(
                OffsetDateTime.parse("2024-03-01T10:00:00Z"), item.submission().publishedAt());
    }

    @Test
    void shouldSayWhyALineCannotBeAnArticle() {
        assertEquals(
                "not a JSON object",
                BulkInput.JsonLines.parse("x", "{\"body\": ").unreadable());
        assertEquals(
                "not a JSON object", BulkInput.JsonLines.parse("x", "[1, 2]").unreadable());
        assertEquals(
                "no \"body\" string",
                BulkInput.JsonLines.parse("x", "{\"title\":\"only\"}").unreadable());
        assertEquals(
                "\"publishedAt\" is not an ISO-8601 date-time with offset: yesterday",
                BulkInput.JsonLines.parse("x", "{\"body\":\"b\",\"publishedAt\":\"yesterday\"}")
                        .unreadable());
    }

    @Test
    void shouldNumberJsonLinesAndSkipBlankOnes() throws IOException {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, "{\"body\":\"one\"}\n\n{\"body\":\"two\"}\nnot json\n");
        BulkInput input = BulkInput.at(file);
        List<BulkItem> items = new ArrayList<>();
        input.read(items::add);

        assertEquals(3, input.count());
        assertEquals(
                List.of("articles.jsonl:1", "articles.jsonl:3", "articles.jsonl:4"),
                items.stream().map(BulkItem::origin).toList());
        assertEquals("not a JSON object", items.get(2).unreadable());
    }

    @Test
    void shouldReadTheTextFilesOfAFolderInNameOrderAndReportOnesThatAreNotUtf8() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "second");
        Files.writeString(dir.resolve("a.txt"), "first");
        Files.write(dir.resolve("c.txt"), new byte[] {'x', (byte) 0xff, (byte) 0xfe});
        Files.writeString(dir.resolve("notes.md"), "not an article");
        BulkInput input = BulkInput.at(dir);
        List<BulkItem> items = new ArrayList<>();
        input.read(items::add);

        assertEquals(3, input.count());
        assertEquals("first", items.get(0).submission().body());
        assertEquals("second", items.get(1).submission().body());
        assertEquals("not UTF-8 text", items.get(2).unreadable());
    }

    @Test
    void shouldRefuseAPathThatIsNoInput() throws IOException {
        Path other = Files.writeString(dir.resolve("articles.csv"), "a,b");
        assertEquals(
                other + " is neither a folder of .txt files nor a .jsonl file",
                assertThrows(IllegalArgumentException.class, () -> BulkInput.at(other))
                        .getMessage());
        assertEquals(
                "no such file or folder: " + dir.resolve("missing"),
                assertThrows(IllegalArgumentException.class, () -> BulkInput.at(dir.resolve("missing")))
                        .getMessage());
    }
}
