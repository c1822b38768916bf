"""`newsweave serve`: the story store in the browser (pages), as JSON (api), and analyses started from it.

app.py builds the app; pages.py and api.py are its routes; catalog.py and entities.py read the store;
uploads.py and jobs.py turn a browser's files or folder into an ingest; folders.py keeps every read
inside the data folders; headers.py sets the security headers.
"""
