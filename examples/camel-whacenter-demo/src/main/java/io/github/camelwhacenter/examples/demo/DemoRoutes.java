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

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.github.camelwhacenter.WhacenterConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The demo's routes. The gateway, the device id and the demo's settings come from Camel properties (see
 * {@code application.properties}); {@link DemoScript} drives the {@code direct:} routes one step at a time.
 */
public class DemoRoutes extends RouteBuilder {

    /** The path the gateway posts incoming messages to, on Camel Main's HTTP server. */
    public static final String WEBHOOK_PATH = "/whacenter/webhook";

    public static final String AUTO_REPLY = "auto-reply";
    public static final String REGISTER_WEBHOOK = "register-webhook";
    public static final String SEND_IMAGE = "send-image";
    public static final String SEND_INVOICE = "send-invoice";
    public static final String ASK_CONFIRMATION = "ask-confirmation";
    public static final String ASK_SLOT = "ask-slot";
    public static final String SLOT_CHOSEN = "slot-chosen";
    /** The conversation the delivery slot's question opens; its reply reaches the webhook route under this name. */
    public static final String SLOT_CONVERSATION = "delivery-slot";
    /** The order the slot is for, a header the question's send keeps with its conversation. */
    public static final String ORDER_ID = "A-1001";
    /** What the demo asks the customer, expecting the answer through the webhook. */
    public static final String SLOT_QUESTION = "Order " + ORDER_ID + ": reply 1 for a morning delivery, 2 for the afternoon.";
    /** What the demo asks the customer. */
    public static final String QUESTION = "Shall we deliver your order tomorrow? Answer YES or NO.";
    /** The file name the recipient sees on the invoice the demo renders. */
    public static final String INVOICE_NAME = "invoice-2026-0042.pdf";
    /** What the invoice says. */
    public static final List<String> INVOICE_LINES = List.of("Invoice 2026-0042", "", "1 x Camel Whacenter demo     Rp 0",
            "", "Thank you!");
    public static final String SCHEDULE_REMINDER = "schedule-reminder";
    public static final String CANCEL_REMINDER = "cancel-reminder";
    public static final String DEVICE_STATUS = "device-status";

    /** What the bot answers to "help". */
    public static final String HELP_TEXT = """
            Hi! This is the Camel Whacenter demo bot.
            Send "help" to see this menu again; anything else I echo back.""";

    private static final ZoneId GATEWAY_ZONE = ZoneId.of("Asia/Jakarta");

    @Override
    public void configure() {
        // Incoming WhatsApp messages: the gateway POSTs them to the webhook, which only accepts the URL's secret token.
        // The consumer sets CamelWhacenterNumber to the sender, so whacenter:send answers whoever wrote.
        from("whacenter:webhook?webhookPath=" + WEBHOOK_PATH + "&webhookToken=RAW({{demo.webhook.token}})")
                .routeId(AUTO_REPLY)
                .filter(simple("${body.group} == false"))
                    .log("${body.messageType} message from ${header.CamelWhacenterFrom}: ${body.message}")
                    .choice()
                        // the answer to a question a send expected a reply to: its conversation came with it
                        .when(header(WhacenterConstants.CONVERSATION).isEqualTo(SLOT_CONVERSATION))
                            .to("direct:" + SLOT_CHOSEN)
                        .when(simple("${body.message.trim()} =~ 'help'"))
                            .setBody(constant(HELP_TEXT))
                            .to("whacenter:send")
                        .otherwise()
                            .setBody(simple("You wrote: ${body.message}\nSend \"help\" for the menu."))
                            .to("whacenter:send")
                    .end()
                .end();

        // Tell the gateway where to post incoming messages: the webhook's public address, with the token.
        from("direct:" + REGISTER_WEBHOOK).routeId(REGISTER_WEBHOOK)
                .setHeader(WhacenterConstants.WEBHOOK_URL, simple("{{demo.webhook.address}}?token={{demo.webhook.token}}"))
                .to("whacenter:setWebhook");

        // An image by public URL; the message becomes its caption.
        from("direct:" + SEND_IMAGE).routeId(SEND_IMAGE)
                .setHeader(WhacenterConstants.NUMBER, simple("{{demo.recipient}}"))
                .setHeader(WhacenterConstants.FILE, simple("{{demo.image-url}}"))
                .setBody(constant("Sent by Apache Camel through Whacenter: an image by URL, with this caption."))
                .to("whacenter:send");

        // A file the route made, as bytes: the gateway takes files only by URL, so the component publishes the bytes on
        // this application's HTTP server (mediaPublicUrl: how the gateway reaches it) and sends that URL. The URL answers
        // once, for the gateway's fetch, then 404.
        from("direct:" + SEND_INVOICE).routeId(SEND_INVOICE)
                .setHeader(WhacenterConstants.NUMBER, simple("{{demo.recipient}}"))
                .process(exchange -> exchange.getMessage().setBody(InvoicePdf.render(INVOICE_LINES)))
                .setHeader(Exchange.FILE_NAME, constant(INVOICE_NAME))
                .setHeader(WhacenterConstants.CAPTION, constant("Your invoice, rendered by the route and sent as bytes."))
                .to("whacenter:send?mediaPublicUrl={{demo.media.public-url}}");

        // A question, and the customer's reply as the same exchange's body: whacenter:ask waits for the contact's next
        // message, without a thread, and fails with a WhacenterNoReplyException after replyTimeout.
        from("direct:" + ASK_CONFIRMATION).routeId(ASK_CONFIRMATION)
                .setHeader(WhacenterConstants.NUMBER, simple("{{demo.recipient}}"))
                .setBody(constant(QUESTION))
                .to("whacenter:ask?replyTimeout=30s")
                .log("the customer answered: ${body.message}");

        // A question whose answer comes back through the webhook, on whichever node the gateway posts it to: the send
        // records a conversation (its name, the question's id, the headers conversationHeaders names), and the reply
        // reaches the webhook route with it. Had nobody answered within replyTimeout, from("whacenter:conversations")
        // would get it, once.
        from("direct:" + ASK_SLOT).routeId(ASK_SLOT)
                .setHeader(WhacenterConstants.NUMBER, simple("{{demo.recipient}}"))
                .setHeader(WhacenterConstants.CONVERSATION, constant(SLOT_CONVERSATION))
                .setHeader("OrderId", constant(ORDER_ID))
                .setBody(constant(SLOT_QUESTION))
                .to("whacenter:send?conversationHeaders=OrderId&replyTimeout=1h");

        from("direct:" + SLOT_CHOSEN).routeId(SLOT_CHOSEN)
                .log("order ${header.OrderId}: the customer chose slot ${body.message}, "
                     + "the answer to message ${header.CamelWhacenterInReplyTo}");

        // A message the gateway sends tomorrow at 09:00 its time; the answer carries its id (CamelWhacenterMessageId).
        from("direct:" + SCHEDULE_REMINDER).routeId(SCHEDULE_REMINDER)
                .setHeader(WhacenterConstants.NUMBER, simple("{{demo.recipient}}"))
                .setHeader(WhacenterConstants.SCHEDULE,
                        () -> LocalDate.now(GATEWAY_ZONE).plusDays(1).atTime(LocalTime.of(9, 0)).atZone(GATEWAY_ZONE))
                .setBody(constant("Reminder: your appointment is today at 10:00."))
                .to("whacenter:send");

        // Cancels a scheduled message by the id in the CamelWhacenterMessageId header.
        from("direct:" + CANCEL_REMINDER).routeId(CANCEL_REMINDER)
                .to("whacenter:deleteMessage");

        // Is the device connected to WhatsApp?
        from("direct:" + DEVICE_STATUS).routeId(DEVICE_STATUS)
                .to("whacenter:deviceStatus");
    }
}
