package com.masthead.epaper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolygonTests {

    @Test
    void theStoredTextIsReadBackAsTheSamePolygon() {
        Polygon p = Polygon.parse("10,20 110.25,20 110.25,80.5 10,80.5");

        assertThat(p.text()).isEqualTo("10,20 110.3,20 110.3,80.5 10,80.5");
        assertThat(Polygon.parse(p.text())).isEqualTo(Polygon.parse("10,20 110.3,20 110.3,80.5 10,80.5"));
    }

    @Test
    void svgPointsScaleFromPdfPointsToImagePixels() {
        Polygon p = Polygon.rectangle(100, 200, 50, 10);

        assertThat(p.svgPoints(2)).isEqualTo("200,400 300,400 300,420 200,420");
    }

    @Test
    void areaAndBoundsOfARectilinearPolygon() {
        // an L shape: a 100 x 100 square minus its 50 x 50 top-right quarter
        Polygon l = Polygon.parse("0,0 50,0 50,50 100,50 100,100 0,100");

        assertThat(l.area()).isEqualTo(7500);
        assertThat(l.bounds()).containsExactly(0, 0, 100, 100);
    }

    @Test
    void aPolygonMustFitOnItsPage() {
        Polygon p = Polygon.rectangle(800, 1100, 50, 50);

        assertThat(p.fitsOn(842, 1191)).isFalse();
        assertThat(p.fitsOn(1000, 1191)).isTrue();
    }

    @Test
    void malformedTextIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Polygon.parse("1,2 3,4")).hasMessageContaining("3 to 64 points");
        assertThatThrownBy(() -> Polygon.parse("1,2 3,x 5,6")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Polygon.parse("1,2 3 5,6")).hasMessageContaining("not x,y");
        assertThatThrownBy(() -> Polygon.parse("1,2 3,4 NaN,6")).hasMessageContaining("finite");
        assertThatThrownBy(() -> Polygon.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Polygon.parse("1,1 ".repeat(65))).hasMessageContaining("at most 64");
    }
}
