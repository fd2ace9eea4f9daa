"""The local review app: a queue of flagged conflicts that editors confirm or dismiss.

`factcheck.review.app.create_app(db_path)` builds the Starlette app; `factcheck review --db
FILE` serves it. Nothing is imported here so that `factcheck.review.sample` stays light.
"""
