"""The trainee's app (the only Qt code): start screen, live feed, compose, inbox, debrief."""
