package io.github.camelwhacenter.internal;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SendRateLimiterTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void spacesSendsEvenlyOverThePeriod() {
        SendRateLimiter limiter = new SendRateLimiter(10, 1_000, 0);
        long now = 1_000_000 * MS;

        assertEquals(0, limiter.reserve(now));
        assertEquals(100 * MS, limiter.reserve(now));
        assertEquals(200 * MS, limiter.reserve(now));
        assertEquals(150 * MS, limiter.reserve(now + 150 * MS), "the fourth slot is 300 ms after the first");
    }

    @Test
    void thirtySendsAtTenPerSecondSpanAboutThreeSeconds() {
        SendRateLimiter limiter = new SendRateLimiter(10, 1_000, 0);
        long now = 42 * MS;
        long last = 0;
        for (int i = 0; i < 30; i++) {
            last = limiter.reserve(now);
        }
        assertEquals(2_900 * MS, last);
    }

    @Test
    void anIdleDeviceSendsAtOnce() {
        SendRateLimiter limiter = new SendRateLimiter(10, 1_000, 0);
        limiter.reserve(0);

        assertEquals(0, limiter.reserve(5_000 * MS));
    }

    @Test
    void theLongerOfRateAndMinimumGapWins() {
        SendRateLimiter gapWins = new SendRateLimiter(10, 1_000, 5_000);
        gapWins.reserve(0);
        assertEquals(5_000 * MS, gapWins.reserve(0));

        SendRateLimiter rateWins = new SendRateLimiter(1, 10_000, 5_000);
        rateWins.reserve(0);
        assertEquals(10_000 * MS, rateWins.reserve(0));
    }

    @Test
    void isOffByDefault() {
        assertFalse(SendRateLimiter.isEnabled(0, 0));
        assertTrue(SendRateLimiter.isEnabled(0, 1));
        assertTrue(SendRateLimiter.isEnabled(1, 0));
    }
}
