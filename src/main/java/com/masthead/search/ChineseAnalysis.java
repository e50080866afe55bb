package com.masthead.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The two analysis paths of every text field. The word path ({@code *_w} fields) segments with the newsroom
 * dictionary and smartcn; the bigram path ({@code *_b} fields) indexes overlapping pairs of Han characters, Latin
 * words and numbers whole, so that any contiguous Chinese string of two or more characters is found even where
 * smartcn cuts a word wrongly. Both fold full-width forms and case. Immutable and thread-safe; a dictionary change
 * makes a new instance.
 */
final class ChineseAnalysis {

    static final String WORD_SUFFIX = "_w";
    static final String BIGRAM_SUFFIX = "_b";

    private final Set<String> dictionary;
    private final Analyzer words;
    private final Analyzer bigrams;
    private final Analyzer perField;

    ChineseAnalysis(Collection<String> dictionary) {
        this.dictionary = Set.copyOf(dictionary);
        DictionaryTokenizer.TermTrie trie = new DictionaryTokenizer.TermTrie(this.dictionary.stream()
                .map(t -> t.toLowerCase(java.util.Locale.ROOT))
                .toList());
        this.words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new DictionaryTokenizer(trie);
                TokenStream result = new LowerCaseFilter(source);
                result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        };
        this.bigrams = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new CJKBigramFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        };
        this.perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String field) {
                return field.endsWith(BIGRAM_SUFFIX) ? bigrams : words;
            }
        };
    }

    Set<String> dictionary() {
        return dictionary;
    }

    /** The analyzer for an index writer: picks the path by the field name's suffix. */
    Analyzer indexAnalyzer() {
        return perField;
    }

    List<String> words(String text) {
        return tokens(words, text).stream().map(Token::text).toList();
    }

    List<String> bigrams(String text) {
        return tokens(bigrams, text).stream().map(Token::text).toList();
    }

    /** Bigram-path tokens with their positions, for phrase queries. */
    List<Token> bigramTokens(String text) {
        return tokens(bigrams, text);
    }

    List<Token> wordTokens(String text) {
        return tokens(words, text);
    }

    /** One token and its position in the analysed text. */
    record Token(String text, int position) {}

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
