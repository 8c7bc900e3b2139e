package org.aiip.tracker.reminders.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The weekly e-mail digest of what is due for review, through Spring's mail support. Off unless
 * {@code tracker.reminders.digest.enabled=true}, with {@code spring.mail.host} and the addresses
 * ({@code tracker.reminders.digest.to}) set. Sent on Mondays, 07:00 UTC by default.
 */
@Component
@ConditionalOnProperty(name = "tracker.reminders.digest.enabled", havingValue = "true")
class ReviewDigest {

    private final ReviewReminders reminders;

    private final JavaMailSender mail;

    private final String[] to;

    private final String from;

    ReviewDigest(ReviewReminders reminders, JavaMailSender mail, @Value("${tracker.reminders.digest.to}") String[] to,
            @Value("${tracker.reminders.digest.from:tracker@localhost}") String from) {
        this.reminders = reminders;
        this.mail = mail;
        this.to = to;
        this.from = from;
    }

    @Scheduled(cron = "${tracker.reminders.digest.cron:0 0 7 * * MON}", zone = "UTC")
    void weekly() {
        send(LocalDate.now(ZoneOffset.UTC));
    }

    /** Sends the digest for the day; nothing when nothing is due. Returns how many items it listed. */
    int send(LocalDate today) {
        List<DueReview> due = this.reminders.due(today);
        if (due.isEmpty()) {
            return 0;
        }
        StringBuilder text = new StringBuilder("Due for review on the Initiative Tracker, " + today + ":\n\n");
        due.forEach(d -> text.append("- ")
            .append(d.memberName())
            .append(", clause ")
            .append(d.clause())
            .append(" (")
            .append(d.status())
            .append("): newest evidence ")
            .append(d.newestEvidence() == null ? "none" : d.newestEvidence())
            .append(", last reviewed ")
            .append(d.reviewedOn() == null ? "never" : d.reviewedOn())
            .append("\n  /compliance/")
            .append(d.memberSlug())
            .append('/')
            .append(d.clause())
            .append('\n'));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(this.from);
        message.setTo(this.to);
        message.setSubject("Initiative Tracker: " + due.size() + " assessments due for review");
        message.setText(text.toString());
        this.mail.send(message);
        return due.size();
    }

}
