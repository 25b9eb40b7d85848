package org.claimgraph.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.claimgraph.it.PackagedApp;

/** What the benchmark programs share: JSON strings, client latencies, a folder of generated articles. */
final class BenchSupport {

    private BenchSupport() {}

    /** The latencies every client thread measured, in one array. */
    static long[] merged(List<Future<long[]>> clients) throws InterruptedException, ExecutionException {
        long[] all = new long[0];
        for (Future<long[]> client : clients) {
            long[] part = client.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        return all;
    }

    /** Writes {@code articles} articles varied from the corpus into {@code folder}, one .txt file each. */
    static void writeGeneratedArticles(Path folder, int articles, long seed) throws Exception {
        List<String> templates = LoadBenchmark.templates(PackagedApp.projectPath("claimgraph.corpus.dir", "corpus"));
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < articles; i++) {
            write(
                    folder.resolve(String.format("article-%05d.txt", i)),
                    LoadBenchmark.vary(templates.get(i % templates.size()), i, random));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
