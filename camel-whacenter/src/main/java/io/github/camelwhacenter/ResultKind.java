package io.github.camelwhacenter;

import io.github.camelwhacenter.internal.GatewayEnvelope;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.model.WhacenterWebhookInfo;

/**
 * The shapes of the gateway's answers and the typed result each becomes.
 */
enum ResultKind {

    MESSAGE_SENT {
        @Override
        WhacenterResult read(String operation, GatewayEnvelope envelope) {
            return new WhacenterMessageSent(operation, envelope.status(), envelope.message(), envelope.text("id"));
        }
    },
    DEVICE_STATUS {
        @Override
        WhacenterResult read(String operation, GatewayEnvelope envelope) {
            return new WhacenterDeviceStatus(operation, envelope.status(), envelope.message(),
                    envelope.text("status"), envelope.text("nomor"), envelope.text("nama"), envelope.text("qr"));
        }
    },
    WEBHOOK {
        @Override
        WhacenterResult read(String operation, GatewayEnvelope envelope) {
            return new WhacenterWebhookInfo(operation, envelope.status(), envelope.message(), envelope.text("webhook"));
        }
    },
    ACKNOWLEDGEMENT,
    /** Raw PNG bytes rather than a JSON envelope; an envelope is read only when the gateway refuses. */
    PNG_IMAGE;

    WhacenterResult read(String operation, GatewayEnvelope envelope) {
        return new WhacenterResult(operation, envelope.status(), envelope.message());
    }
}
