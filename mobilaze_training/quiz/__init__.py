"""Quizzes and exams: scoring responses to the question types of the module format."""
