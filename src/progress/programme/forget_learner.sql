-- The links naming a learner of this laptop who is removed: a later learner
-- may get the id.
DELETE FROM same_person_links
WHERE (first_device = '' AND first_learner = ?1) OR (second_device = '' AND second_learner = ?1)
