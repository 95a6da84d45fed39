package org.handout.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import org.junit.jupiter.api.Test;

class ConfinedResourcesTest {
    private final ConfinedResources resources = new ConfinedResources();

    @Test
    void embeddedImagesMayBeLoaded() {
        assertThat(resources.test("data:image/png;base64,iVBORw0KGgo=", ExternalResourceType.IMAGE_RASTER)).isTrue();
    }

    @Test
    void filesAndTheNetworkAreRefused() {
        assertThat(resources.test("file:///etc/passwd", ExternalResourceType.IMAGE_RASTER)).isFalse();
        assertThat(resources.test("https://example.org/tracker.png", ExternalResourceType.IMAGE_RASTER)).isFalse();
        assertThat(resources.test("https://example.org/style.css", ExternalResourceType.CSS)).isFalse();
        assertThat(resources.test("data:text/css;base64,Ym9keXt9", ExternalResourceType.CSS)).isFalse();
    }
}
