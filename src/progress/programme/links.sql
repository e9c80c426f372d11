-- Every same-person link, oldest first (the order they were made in).
SELECT id, first_device, first_learner, second_device, second_learner
FROM same_person_links
ORDER BY id
