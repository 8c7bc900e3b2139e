package org.aiip.tracker.reminders.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /reviews: what is due for review, every member's for admins, their own company's for editors (SecurityConfig). */
@Controller
class ReviewsController {

    private final ReviewReminders reminders;

    ReviewsController(ReviewReminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/reviews")
    String list(Model model) {
        model.addAttribute("due", this.reminders.forCurrentUser());
        model.addAttribute("evidenceMaxAge", this.reminders.getEvidenceMaxAge().toString());
        model.addAttribute("reviewEvery", this.reminders.getReviewEvery().toString());
        return "reminders/list";
    }

}
