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
package io.github.camelwhacenter.model;

/**
 * A typed message body for the producer, for routes that prefer one object over headers. Any field left null falls
 * back to the matching header, then to the endpoint option.
 */
public class WhacenterRequest {

    private String number;
    private String message;
    private String file;
    private Object schedule;
    private String group;
    private String messageId;
    private String webhookUrl;
    private String buttons;
    private byte[] fileData;
    private String fileName;
    private String fileContentType;

    /** A text message to one number. */
    public static WhacenterRequest text(String number, String message) {
        return new WhacenterRequest().number(number).message(message);
    }

    /** An image or file by public URL, with an optional caption. */
    public static WhacenterRequest file(String number, String fileUrl, String caption) {
        return new WhacenterRequest().number(number).file(fileUrl).message(caption);
    }

    /**
     * A file from bytes, with an optional caption: the component publishes the bytes at a URL the gateway fetches (see
     * the reference's "Files and media").
     *
     * @param fileName    the name the recipient sees, e.g. {@code invoice.pdf}
     * @param contentType e.g. {@code application/pdf}; null to go by the name's extension
     */
    public static WhacenterRequest file(String number, byte[] data, String fileName, String contentType, String caption) {
        return new WhacenterRequest().number(number).fileData(data, fileName, contentType).message(caption);
    }

    /** The file's bytes, name and content type (null to go by the name's extension), published for the gateway. */
    public WhacenterRequest fileData(byte[] data, String fileName, String contentType) {
        this.fileData = data;
        this.fileName = fileName;
        this.fileContentType = contentType;
        return this;
    }

    public WhacenterRequest number(String number) {
        this.number = number;
        return this;
    }

    public WhacenterRequest message(String message) {
        this.message = message;
        return this;
    }

    public WhacenterRequest file(String file) {
        this.file = file;
        return this;
    }

    /** When to send: a String, any java.time value or a java.util.Date. */
    public WhacenterRequest schedule(Object schedule) {
        this.schedule = schedule;
        return this;
    }

    public WhacenterRequest group(String group) {
        this.group = group;
        return this;
    }

    public WhacenterRequest messageId(String messageId) {
        this.messageId = messageId;
        return this;
    }

    public WhacenterRequest webhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
        return this;
    }

    public WhacenterRequest buttons(String buttons) {
        this.buttons = buttons;
        return this;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }

    public Object getSchedule() {
        return schedule;
    }

    public void setSchedule(Object schedule) {
        this.schedule = schedule;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public String getButtons() {
        return buttons;
    }

    public void setButtons(String buttons) {
        this.buttons = buttons;
    }

    @Override
    public String toString() {
        return "WhacenterRequest[number=" + number + ", group=" + group + ", file=" + file + ", schedule=" + schedule
               + ", messageId=" + messageId + "]";
    }

    /** The file's bytes, when it is sent from bytes rather than a URL. */
    public byte[] getFileData() {
        return fileData;
    }

    public void setFileData(byte[] fileData) {
        this.fileData = fileData;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getFileContentType() {
        return fileContentType;
    }

    public void setFileContentType(String fileContentType) {
        this.fileContentType = fileContentType;
    }
}
