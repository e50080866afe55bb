package com.masthead.epaper.bench;

import com.masthead.demo.PrintPageLayout.PageSpec;
import com.masthead.demo.PrintPageLayout.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up Chinese stories for generated issues: words of two to four common characters drawn from one shared
 * vocabulary with a Zipf-like skew, so that stories share many words (and bigrams) as real ones on a page do.
 * Deterministic from the seed.
 */
final class SyntheticStories {

    private static final String CHARACTERS =
            "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();
    private long nextId;

    SyntheticStories(long seed, long firstId) {
        this.random = new Random(seed);
        this.nextId = firstId;
        for (int i = 0; i < 4000; i++) {
            int length = 2 + random.nextInt(3);
            StringBuilder word = new StringBuilder();
            for (int c = 0; c < length; c++) {
                word.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
            }
            vocabulary.add(word.toString());
        }
    }

    /** A page's worth of stories: a long lead and shorter ones, some with kicker and subtitle. */
    PageSpec page(int number, int stories) {
        List<Story> list = new ArrayList<>();
        for (int i = 0; i < stories; i++) {
            int sentences = i == 0 ? 30 + random.nextInt(30) : 8 + random.nextInt(22);
            list.add(story(sentences));
        }
        return new PageSpec(String.format("A%02d", number), "第" + number + "版", list);
    }

    Story story(int sentences) {
        String kicker = random.nextInt(3) == 0 ? words(2 + random.nextInt(3)) : null;
        String subtitle = random.nextInt(3) == 0 ? "——" + words(3 + random.nextInt(4)) : null;
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            body.append(words(4 + random.nextInt(8))).append(random.nextInt(3) == 0 ? "。" : "，");
        }
        return new Story(nextId++, kicker, words(3 + random.nextInt(4)), subtitle, body.toString());
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // skewed towards the front of the vocabulary, as word frequencies are
            double u = random.nextDouble();
            s.append(vocabulary.get((int) (vocabulary.size() * u * u * u)));
        }
        return s.toString();
    }
}
