/*
 * Copyright 2026 the camel-whacenter authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelwhacenter.examples.demo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelwhacenter.WhacenterConstants;
import io.github.camelwhacenter.model.WhacenterDeviceStatus;
import io.github.camelwhacenter.model.WhacenterIncomingMessage;
import io.github.camelwhacenter.model.WhacenterMessageSent;
import io.github.camelwhacenter.model.WhacenterResult;
import io.github.camelwhacenter.model.WhacenterWebhookInfo;
import io.github.camelwhacenter.simulator.FetchedFile;
import io.github.camelwhacenter.simulator.IncomingMessage;
import io.github.camelwhacenter.simulator.RecordedRequest;
import io.github.camelwhacenter.simulator.SentMessage;
import io.github.camelwhacenter.simulator.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.Builder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.PredicateBuilder;

/**
 * The demo's steps, one after the other: each calls a route of {@link DemoRoutes} and prints what it did and, on the
 * simulator, the requests the gateway received.
 */
final class DemoScript {

    /** What the demo's customer writes first. */
    static final String CUSTOMER_MESSAGE = "help";
    static final String CUSTOMER_NAME = "Budi";
    /** What the simulated customer answers the demo's question. */
    static final String CUSTOMER_ANSWER = "YES";
    /** The delivery slot the simulated customer chooses. */
    static final String SLOT_ANSWER = "2";
    private static final long REPLY_TIMEOUT_SECONDS = 10;

    private final CamelContext context;
    private final ProducerTemplate template;
    private final DemoOptions options;
    private final DemoGateway gateway;
    private final String webhookAddress;
    private final String mediaPublicUrl;
    private final Transcript transcript;
    private int step;
    private int wireMark;

    DemoScript(CamelContext context, ProducerTemplate template, DemoOptions options, DemoGateway gateway,
               String webhookAddress, String mediaPublicUrl, Transcript transcript) {
        this.context = context;
        this.template = template;
        this.options = options;
        this.gateway = gateway;
        this.webhookAddress = webhookAddress;
        this.mediaPublicUrl = mediaPublicUrl;
        this.transcript = transcript;
    }

    /** Runs every step that the gateway and the options allow. */
    DemoResult run() {
        boolean webhookRegistered = false;
        if (webhookAddress != null) {
            registerWebhook();
            webhookRegistered = true;
        }
        if (gateway.isSimulated() && webhookRegistered) {
            customerWritesHelp();
        } else {
            String why = !webhookRegistered
                    ? "set WHACENTER_WEBHOOK_URL, a public URL that reaches this demo, and run with --server"
                    : options.server() ? "write \"help\" to your device from a phone: the auto-reply route answers"
                    : "run with --server, then write \"help\" to your device from a phone";
            skipped("A customer writes \"help\"; the auto-reply route answers", why);
        }
        String imageId = null;
        String reminderId = null;
        if (options.recipient() != null) {
            imageId = sendImage();
            if (mediaPublicUrl != null) {
                sendInvoice();
            } else {
                skipped("Send a PDF the route rendered, from bytes",
                        "set WHACENTER_WEBHOOK_URL, a public URL that reaches this demo: the gateway fetches the file there");
            }
            if (gateway.isSimulated() && webhookRegistered) {
                askAndWait();
                expectReply();
            } else {
                skipped("Ask the customer and wait for the reply",
                        "on the simulator only, whose customer answers: from a phone, try whacenter:ask in a route of yours");
                skipped("Ask which delivery slot; the answer reaches the webhook route with its conversation",
                        "on the simulator only, whose customer answers: from a phone, send with the header "
                        + WhacenterConstants.CONVERSATION + " in a route of yours");
            }
            reminderId = scheduleReminder();
            cancelReminder(reminderId);
        } else {
            skipped("Send an image, schedule a message and delete it",
                    "set WHACENTER_DEMO_NUMBER to the number the demo may message (your own phone)");
        }
        WhacenterDeviceStatus status = deviceStatus();
        return new DemoResult(step, imageId, reminderId, status.isConnected());
    }

    private void registerWebhook() {
        transcript.step(++step, "Register the webhook", "route " + DemoRoutes.REGISTER_WEBHOOK + ": whacenter:setWebhook");
        WhacenterWebhookInfo info = call(DemoRoutes.REGISTER_WEBHOOK, null, WhacenterWebhookInfo.class);
        printWire();
        String registered = info.getWebhookUrl() != null ? info.getWebhookUrl() : webhookAddress;
        transcript.detail("<-- " + answer(info) + (gateway.isSimulated() ? "" : ": incoming messages go to " + registered));
    }

    private void customerWritesHelp() {
        transcript.step(++step, "A customer writes \"" + CUSTOMER_MESSAGE + "\"; the auto-reply route answers",
                "route " + DemoRoutes.AUTO_REPLY + ": from whacenter:webhook, to whacenter:send");
        IncomingMessage incoming = IncomingMessage.text(options.recipient(), CUSTOMER_MESSAGE).pushName(CUSTOMER_NAME);
        transcript.detail("<-- the gateway POSTs to the webhook: from=" + incoming.from() + " pushName=" + CUSTOMER_NAME
                          + " message=\"" + incoming.message() + "\"");
        deliver(incoming);
    }

    /** Has the simulator deliver one message to the webhook and waits until the auto-reply route is done with it. */
    void deliver(IncomingMessage incoming) {
        NotifyBuilder replied = new NotifyBuilder(context).fromRoute(DemoRoutes.AUTO_REPLY).whenDone(1).create();
        markWire();
        WebhookDelivery delivery = gateway.simulator().deliverIncoming(gateway.deviceId(), incoming);
        // the consumer answers the POST once the route is done; the notifier confirms the route completed
        boolean routeDone = delivery.isSuccessful() && replied.matches(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        transcript.detail("the auto-reply route answers through the gateway:");
        printWire();
        transcript.detail("--> the webhook answers the gateway's POST: HTTP " + delivery.statusCode() + " "
                          + delivery.responseBody());
        if (!delivery.isSuccessful()) {
            throw new DemoException("the webhook refused the incoming message: HTTP " + delivery.statusCode() + " "
                                    + delivery.responseBody());
        }
        if (!routeDone) {
            throw new DemoException("the auto-reply route did not finish within " + REPLY_TIMEOUT_SECONDS + " seconds");
        }
    }

    private String sendImage() {
        transcript.step(++step, "Send an image by URL, with a caption", "route " + DemoRoutes.SEND_IMAGE + ": whacenter:send");
        WhacenterMessageSent sent = call(DemoRoutes.SEND_IMAGE, null, WhacenterMessageSent.class);
        printWire();
        transcript.detail("<-- " + answer(sent) + ", message id " + sent.getMessageId());
        return sent.getMessageId();
    }

    private void sendInvoice() {
        transcript.step(++step, "Send a PDF the route rendered, from bytes",
                "route " + DemoRoutes.SEND_INVOICE + ": whacenter:send with a byte[] body and " + Exchange.FILE_NAME);
        int fetchMark = gateway.isSimulated() ? gateway.simulator().fetchedFiles().size() : 0;
        WhacenterMessageSent sent = call(DemoRoutes.SEND_INVOICE, null, WhacenterMessageSent.class);
        printWire();
        if (gateway.isSimulated()) {
            List<FetchedFile> fetched = gateway.simulator().fetchedFiles();
            for (FetchedFile file : fetched.subList(Math.min(fetchMark, fetched.size()), fetched.size())) {
                // the URL's token is a credential while the file is held: the transcript shows its path only
                transcript.detail("<-- the gateway fetched the file: HTTP " + file.status() + ", " + file.size()
                                  + " bytes, " + file.contentType() + ", SHA-256 " + file.sha256().substring(0, 16) + "...");
            }
        }
        transcript.detail("<-- " + answer(sent) + ", message id " + sent.getMessageId());
    }

    private void askAndWait() {
        transcript.step(++step, "Ask the customer and wait for the reply",
                "route " + DemoRoutes.ASK_CONFIRMATION + ": whacenter:ask, the reply the same exchange's body");
        List<SentMessage> sent = gateway.simulator().sentMessages(gateway.deviceId());
        String customer = sent.get(sent.size() - 1).number();
        // the simulator's customer answers what the device sends it, through the webhook, half a second later
        gateway.simulator().customerReplies(gateway.deviceId(), customer, CUSTOMER_ANSWER, Duration.ofMillis(500));
        WhacenterIncomingMessage reply = call(DemoRoutes.ASK_CONFIRMATION, null, WhacenterIncomingMessage.class);
        // the customer answered: it answers no more (the auto-reply bot and it would talk forever)
        gateway.simulator().customerStopsReplying(gateway.deviceId(), customer);
        printWire();
        transcript.detail("<-- the customer answers; the gateway POSTs to the webhook: from=" + reply.getFrom()
                          + " message=\"" + reply.getMessage() + "\"");
        transcript.detail("the ask's exchange completes with the reply (the auto-reply route does not run for it): \""
                          + reply.getMessage() + "\"");
    }

    private void expectReply() {
        transcript.step(++step, "Ask which delivery slot; the answer reaches the webhook route with its conversation",
                "route " + DemoRoutes.ASK_SLOT + ": whacenter:send with " + WhacenterConstants.CONVERSATION + "; route "
                + DemoRoutes.AUTO_REPLY + " hands the answer to " + DemoRoutes.SLOT_CHOSEN);
        List<SentMessage> sent = gateway.simulator().sentMessages(gateway.deviceId());
        String customer = sent.get(sent.size() - 1).number();
        // the customer answers the slot's question with "2"
        gateway.simulator().customerReplies(gateway.deviceId(), customer, SLOT_ANSWER, Duration.ofMillis(500));
        // the answer enters at the webhook's route, which hands it to slot-chosen
        NotifyBuilder chosen = new NotifyBuilder(context).fromRoute(DemoRoutes.AUTO_REPLY)
                .filter(PredicateBuilder.and(
                        Builder.header(WhacenterConstants.CONVERSATION).isEqualTo(DemoRoutes.SLOT_CONVERSATION),
                        Builder.header("OrderId").isEqualTo(DemoRoutes.ORDER_ID)))
                .whenDone(1).create();
        WhacenterMessageSent question = call(DemoRoutes.ASK_SLOT, null, WhacenterMessageSent.class);
        boolean answered = chosen.matches(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        gateway.simulator().customerStopsReplying(gateway.deviceId(), customer);
        printWire();
        transcript.detail("<-- " + answer(question) + ", message id " + question.getMessageId());
        if (!answered) {
            throw new DemoException("the customer's answer did not reach route " + DemoRoutes.SLOT_CHOSEN + " within "
                                    + REPLY_TIMEOUT_SECONDS + " seconds");
        }
        transcript.detail("<-- the customer answers; the gateway POSTs to the webhook: from=" + customer + " message=\""
                          + SLOT_ANSWER + "\"");
        transcript.detail("route " + DemoRoutes.SLOT_CHOSEN + " gets it with " + WhacenterConstants.CONVERSATION + "="
                          + DemoRoutes.SLOT_CONVERSATION + ", " + WhacenterConstants.IN_REPLY_TO + "="
                          + question.getMessageId() + " and OrderId=" + DemoRoutes.ORDER_ID + ", kept by the send");
    }

    private String scheduleReminder() {
        transcript.step(++step, "Schedule a message for tomorrow 09:00 (gateway time)",
                "route " + DemoRoutes.SCHEDULE_REMINDER + ": whacenter:send with header " + WhacenterConstants.SCHEDULE);
        WhacenterMessageSent sent = call(DemoRoutes.SCHEDULE_REMINDER, null, WhacenterMessageSent.class);
        printWire();
        transcript.detail("<-- " + answer(sent) + ", message id " + sent.getMessageId());
        if (sent.getMessageId() == null) {
            throw new DemoException("the gateway gave the scheduled message no id, so it cannot be deleted");
        }
        return sent.getMessageId();
    }

    private void cancelReminder(String messageId) {
        transcript.step(++step, "Delete the scheduled message",
                "route " + DemoRoutes.CANCEL_REMINDER + ": whacenter:deleteMessage with header "
                                                                + WhacenterConstants.MESSAGE_ID + "=" + messageId);
        WhacenterResult result = call(DemoRoutes.CANCEL_REMINDER,
                exchange -> exchange.getMessage().setHeader(WhacenterConstants.MESSAGE_ID, messageId), WhacenterResult.class);
        printWire();
        transcript.detail("<-- " + answer(result));
    }

    private WhacenterDeviceStatus deviceStatus() {
        transcript.step(++step, "Check the device", "route " + DemoRoutes.DEVICE_STATUS + ": whacenter:deviceStatus");
        WhacenterDeviceStatus status = call(DemoRoutes.DEVICE_STATUS, null, WhacenterDeviceStatus.class);
        printWire();
        transcript.detail("<-- " + answer(status) + ": " + status.getStatus() + ", number " + status.getNumber()
                          + ", name \"" + status.getName() + "\", QR " + status.getQrState());
        return status;
    }

    private void skipped(String title, String why) {
        transcript.step(++step, title, "skipped: " + why);
    }

    private <T> T call(String route, Processor headers, Class<T> resultType) {
        markWire();
        Exchange exchange = template.request("direct:" + route, headers != null ? headers : exchange1 -> {
        });
        Exception failure = exchange.getException();
        if (failure != null) {
            throw new DemoException("route " + route + " failed: " + failure.getMessage(), failure);
        }
        T result = exchange.getMessage().getBody(resultType);
        if (result == null) {
            throw new DemoException("route " + route + " answered no " + resultType.getSimpleName());
        }
        return result;
    }

    private static String answer(WhacenterResult result) {
        return "the gateway answered \"" + result.getGatewayMessage() + "\"";
    }

    private void markWire() {
        if (gateway.isSimulated()) {
            wireMark = gateway.simulator().requests().size();
        }
    }

    private void printWire() {
        if (!gateway.isSimulated()) {
            return;
        }
        List<RecordedRequest> all = gateway.simulator().requests();
        transcript.wire(all.subList(Math.min(wireMark, all.size()), all.size()));
        wireMark = all.size();
    }

    /**
     * What the demo did.
     *
     * @param steps              how many steps it printed, skipped ones included
     * @param imageMessageId     the id of the image message, or null when skipped
     * @param scheduledMessageId the id of the scheduled (and deleted) message, or null when skipped
     * @param deviceConnected    whether the device reported itself connected
     */
    record DemoResult(int steps, String imageMessageId, String scheduledMessageId, boolean deviceConnected) {
    }

    /** A step failed; the message is for the user and never carries a secret. */
    static final class DemoException extends RuntimeException {
        DemoException(String message) {
            super(message);
        }

        DemoException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
