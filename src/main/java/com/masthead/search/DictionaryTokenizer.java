package com.masthead.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words: newsroom dictionary terms first (longest match, left to right, always one token), smartcn
 * for the stretches between them. smartcn has no user dictionary, so this is how a name such as 抚远 or a product
 * name stays whole. Reads the whole field into memory; article bodies are bounded (200,000 characters).
 */
final class DictionaryTokenizer extends Tokenizer {

    private final TermTrie dictionary;
    private final HMMChineseTokenizer smartcn = new HMMChineseTokenizer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final CharTermAttribute innerTerm = smartcn.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute innerOffset = smartcn.addAttribute(OffsetAttribute.class);
    private final List<int[]> spans = new ArrayList<>();
    private String text = "";
    private int next;
    private int finalOffset;

    DictionaryTokenizer(TermTrie dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text = readAll();
        spans.clear();
        next = 0;
        split();
    }

    @Override
    public boolean incrementToken() {
        if (next >= spans.size()) {
            return false;
        }
        clearAttributes();
        int[] span = spans.get(next++);
        term.setEmpty().append(text, span[0], span[1]);
        offset.setOffset(correctOffset(span[0]), correctOffset(span[1]));
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        finalOffset = correctOffset(text.length());
        offset.setOffset(finalOffset, finalOffset);
    }

    private void split() throws IOException {
        int gapStart = 0;
        int i = 0;
        while (i < text.length()) {
            int match = dictionary.longestMatch(text, i);
            if (match > 0) {
                segment(gapStart, i);
                spans.add(new int[] {i, i + match});
                i += match;
                gapStart = i;
            } else {
                i++;
            }
        }
        segment(gapStart, text.length());
    }

    private void segment(int from, int to) throws IOException {
        if (from >= to) {
            return;
        }
        smartcn.setReader(new StringReader(text.substring(from, to)));
        smartcn.reset();
        while (smartcn.incrementToken()) {
            // smartcn lowercases and may drop characters; offsets point back into the original text
            int start = from + innerOffset.startOffset();
            int end = from + innerOffset.endOffset();
            if (innerTerm.length() > 0 && end > start) {
                spans.add(new int[] {start, end});
            }
        }
        smartcn.end();
        smartcn.close();
    }

    private String readAll() throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[4096];
        int n;
        while ((n = input.read(buffer)) != -1) {
            all.append(buffer, 0, n);
        }
        return all.toString();
    }

    /** A character trie of the dictionary terms; immutable once built, shared by all tokenizers. */
    static final class TermTrie {

        private final Node root = new Node();

        TermTrie(Iterable<String> terms) {
            for (String t : terms) {
                Node node = root;
                for (int k = 0; k < t.length(); k++) {
                    node = node.children.computeIfAbsent(t.charAt(k), c -> new Node());
                }
                node.terminal = true;
            }
        }

        /** Length of the longest term starting at {@code from}, or 0. */
        int longestMatch(CharSequence s, int from) {
            Node node = root;
            int longest = 0;
            for (int k = from; k < s.length(); k++) {
                node = node.children.get(s.charAt(k));
                if (node == null) {
                    break;
                }
                if (node.terminal) {
                    longest = k - from + 1;
                }
            }
            return longest;
        }

        private static final class Node {
            private final Map<Character, Node> children = new HashMap<>(4);
            private boolean terminal;
        }
    }
}
