INSERT INTO same_person_links (first_device, first_learner, second_device, second_learner, linked_at)
VALUES (?1, ?2, ?3, ?4, ?5)
