package bench.plain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteRepository extends JpaRepository<PlainApp.Note, Long> {
}
