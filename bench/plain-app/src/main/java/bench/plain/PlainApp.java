package bench.plain;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** One entity, one repository, one page: what every Boot app with these starters starts with. */
@SpringBootApplication
public class PlainApp {

    public static void main(String[] args) {
        SpringApplication.run(PlainApp.class, args);
    }

    @Entity
    @Table(name = "note")
    public static class Note {

        @Id
        Long id;

        String text;

    }

    @Controller
    static class Home {

        private final NoteRepository notes;

        Home(NoteRepository notes) {
            this.notes = notes;
        }

        @GetMapping("/")
        String home(Model model) {
            List<Note> all = this.notes.findAll();
            model.addAttribute("count", all.size());
            return "home";
        }

    }

}
