"""Job boards' alerts read as scraped rows come (a body, no sender, no subject, no bulk headers).

Without its headers an alert is told by what it says of itself: "You are receiving Job Alert
emails", "a job you saved is no longer accepting applications". Its listings' words ("the hiring
team is reviewing applications") then describe other people's jobs, not the user's application.
A notice about the user's own application that merely promotes more jobs stays what it is.
"""

from test_blind import mail_from, messages_test

from followupd.model import Cls


def scraped(body: str) -> bytes:
    """A scraped row: ``body`` from an unknown sender, with no subject."""
    return mail_from("Unknown Sender <unknown@sender.invalid>", "", body)


test_scraped_alerts_are_noise_and_notices_keep_their_class = messages_test([
    (Cls.NOISE, scraped("A job you saved is no longer accepting applications. Here are similar jobs:\n\n"
                        "Warehouse Lead\nNorthgate Logistics · Reno, NV\n\nYou are receiving Saved job alert emails.\nUnsubscribe")),
    (Cls.NOISE, scraped("8 new Bookkeeper jobs in Cork\n\nBookkeeper\nLee Valley Dairies - Cork\n\n"
                        "Unfortunately, one of your saved jobs, \"Accounts Assistant – Harbour Motors\", has expired and is "
                        "no longer accepting applications.\n\nYou're receiving this job alert because you created it.")),
    (Cls.NOISE, scraped("Your job alert for nurse in Leeds\n\nStaff Nurse, Ward 12\nAire Valley Hospital - Leeds\n"
                        "The hiring team is reviewing applications this week\n\nSee all jobs")),
    (Cls.NOISE, scraped("Your weekly job search update\n\nNew matches: 3\n\nUnfortunately some of the jobs you "
                        "saved have expired:\n- Line Cook at Fennel & Fig (no longer accepting applications)")),
    (Cls.NOISE, scraped("Comptable H/F\nCabinet Morel - Lyon\nLe recruteur étudie les candidatures cette semaine.\n\n"
                        "Vous recevez cet e-mail car vous avez créé une alerte emploi.\nSe désabonner")),
    (Cls.REJECTION, scraped("Your update from Ridgeway Labs\n\nThank you for your interest in the Support Engineer "
                            "position at Ridgeway Labs. Ridgeway Labs has reviewed your application and will not be moving "
                            "forward with it.\n\nKeep applying - 31 new jobs match your preferences\nSee jobs")),
    (Cls.REJECTION, scraped("Dear Sam,\n\nThank you for applying for the Barista role. Unfortunately we have "
                            "decided not to move forward with your application.\n\nWhy not set up a job alert so you hear about "
                            "new roles first?\n\nThe Roastery Team")),
], "Saved-job notes, alerts and a weekly update whose listings sound like hiring news, in English and French, "
   "against a board's decline promoting new jobs and an employer's decline suggesting a job alert.")
