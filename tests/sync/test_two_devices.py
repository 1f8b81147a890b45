"""Two and three devices through one folder: everything arrives, conflicts keep both texts,
deletions travel as deletions, and everyone ends with the same data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tests.sync.conftest import Device, sync_all

MakeDevices = Callable[..., list[Device]]


def test_a_session_prepared_at_home_is_on_the_work_laptop(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        mid = store.add_mentee("Kestrel", role="Team lead")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9), agenda="ask about the rota")
        store.save_note(mid, sid, "notes", "prepared at home")
        store.add_commitment(mid, "hand over the rota", session_id=sid)
    home.sync()
    report = work.sync()
    assert report.applied == 1 and report.problems == []
    with work.store() as store:
        mentee = store.find_mentee("Kestrel")
        assert mentee is not None and mentee.role == "Team lead"
        assert store.note(mid, sid, "notes") == "prepared at home"
        assert [h.source for h in store.search("prepared")] == ["notes"]  # FTS is right
        assert [c.text for c in store.commitments(mentee_id=mid)] == ["hand over the rota"]
    assert home.dump() == work.dump()


def test_a_second_sync_changes_nothing(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        store.add_mentee("Idempotent")
    sync_all([home, work])
    before = (home.dump(), work.dump(), sorted(p.name for p in home.folder.rglob("*")))
    again = home.sync()
    assert again.published is None and again.applied == 0
    assert (home.dump(), work.dump(), sorted(p.name for p in home.folder.rglob("*"))) == before


def test_the_same_note_edited_on_both_keeps_both_texts(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        mid = store.add_mentee("Dara")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
        store.save_note(mid, sid, "notes", "first version")
    sync_all([home, work])
    with work.store() as store:
        store.save_note(mid, sid, "notes", "work's words")
    work.sync()
    home.clock.advance(60)  # a minute later, not having seen work's edit yet
    with home.store() as store:
        store.save_note(mid, sid, "notes", "home's words")
    home.sync()
    work.sync()
    assert home.dump() == work.dump()
    with work.store() as store:
        assert store.note(mid, sid, "notes") == "home's words"
    for device in (home, work):
        assert {"home's words", "work's words"} <= device.texts()  # nothing lost


def test_a_note_started_on_both_devices_is_one_note(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        mid = store.add_mentee("Tomasz")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
    sync_all([home, work])
    with home.store() as store:
        store.save_note(mid, sid, "summary", "summary from home")
    with work.store() as store:
        store.save_note(mid, sid, "summary", "summary from work")
    sync_all([home, work])
    assert home.dump() == work.dump()
    with home.store() as store:
        assert store.note(mid, sid, "summary") in {"summary from home", "summary from work"}
    assert {"summary from home", "summary from work"} <= home.texts()


def test_different_fields_of_one_row_merge(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        mid = store.add_mentee("Ines", role="Analyst")
    sync_all([home, work])
    with home.store() as store:
        store.update_mentee(mid, role="Team lead")
    with work.store() as store:
        store.update_mentee(mid, organisation="Finance")
    sync_all([home, work])
    with work.store() as store:
        mentee = store.mentee(mid)
        assert (mentee.role, mentee.organisation) == ("Team lead", "Finance")
    assert home.dump() == work.dump()


def test_deletion_travels_and_a_concurrent_edit_is_kept_as_a_copy(
    make_devices: MakeDevices,
) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        mid = store.add_mentee("Ruben")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
        store.save_note(mid, sid, "notes", "original")
    sync_all([home, work])
    with home.store() as store:
        store.delete_session(sid)
    with work.store() as store:
        store.save_note(mid, sid, "notes", "typed on the train")
        new_sid = store.add_session(mid, dt.datetime(2026, 3, 16, 9))
        store.save_note(mid, new_sid, "notes", "a new session on work")
    sync_all([home, work])
    assert home.dump() == work.dump()
    with home.store() as store:
        assert [s.id for s in store.sessions(mid)] == [new_sid]
    assert "typed on the train" in home.texts()


def test_mentee_deleted_while_a_session_was_added_elsewhere(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        mid = store.add_mentee("Gone")
    sync_all([home, work])
    with home.store() as store:
        store.delete_mentee(mid)
    with work.store() as store:
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
        store.save_note(mid, sid, "notes", "notes for a mentee deleted at home")
    sync_all([home, work])
    assert home.dump() == work.dump()
    with work.store() as store:
        assert store.find_mentee("Gone") is None
    assert "notes for a mentee deleted at home" in work.texts()  # kept as a conflict copy


def test_three_devices_converge(make_devices: MakeDevices) -> None:
    a, b, c = make_devices(3)
    with a.store() as store:
        mid = store.add_mentee("Three")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
    sync_all([a, b, c])
    for device, text in ((a, "from a"), (b, "from b"), (c, "from c")):
        with device.store() as store:
            store.save_note(mid, sid, "notes", text)
    sync_all([c, a, b])
    assert a.dump() == b.dump() == c.dump()
    assert {"from a", "from b", "from c"} <= a.texts()
    assert len(a.reports[-1].devices) == 3


def test_settings_travel_but_this_devices_do_not(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        store.vault.set_setting("grow_prompts", "0")
        store.vault.set_setting("backup_dir", "/home/mentor/backups")
    sync_all([home, work])
    with work.store() as store:
        assert store.vault.setting("grow_prompts") == "0"
        assert store.vault.setting("backup_dir") is None


def test_a_device_offline_for_months_catches_up(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        mid = store.add_mentee("Patient")
        first = store.add_session(mid, dt.datetime(2026, 3, 2, 9))
        store.save_note(mid, first, "notes", "before the months apart")
    sync_all([home, work])
    with work.store() as store:  # work goes on offline: its own edits wait months too
        store.save_note(mid, first, "notes", "edited on the laptop left in a drawer")
        store.add_commitment(mid, "made while offline")
    for month in range(1, 7):
        home.clock.advance(30 * 86400)
        with home.store() as store:
            sid = store.add_session(mid, dt.datetime(2026, 3 + month, 1, 9))
            store.save_note(mid, sid, "notes", f"month {month}")
        home.sync()
    with home.store() as store:
        store.save_note(mid, first, "notes", "home's words, months later")
    home.sync()
    work.clock.advance(200 * 86400)
    report = work.sync()
    assert report.applied == 7 and report.published is not None
    home.sync()
    assert home.dump() == work.dump()
    texts = home.texts()
    assert {f"month {m}" for m in range(1, 7)} <= texts
    assert {"edited on the laptop left in a drawer", "made while offline"} <= texts
    assert "home's words, months later" in texts


def test_the_mentor_resolves_a_conflict_once_for_every_device(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        mid = store.add_mentee("Resolver")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
    sync_all([home, work])
    with home.store() as store:
        store.save_note(mid, sid, "notes", "home's notes")
    with work.store() as store:
        store.save_note(mid, sid, "notes", "work's notes")
    sync_all([home, work])
    with home.store() as store:
        (copy,) = store.conflict_copies()
        assert copy.mentee_id == mid and copy.session_id == sid and copy.kind == "notes"
        assert {copy.text, copy.current} == {"home's notes", "work's notes"}
        store.resolve_conflict(copy.id, "keep-both")
        both = store.note(mid, sid, "notes")
        assert copy.text in both and copy.current in both  # type: ignore[operator]
    sync_all([home, work])
    with work.store() as store:
        assert store.conflict_copies() == []  # resolved on one device, resolved everywhere
        assert store.note(mid, sid, "notes") == both
    assert home.dump() == work.dump()


def _fts_intact(device: Device) -> None:
    with device.store() as store:
        for table in ("note_fts", "commitment_fts"):  # raises if the index disagrees
            store.vault.conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_search_is_right_after_edits_and_deletions_arrive(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    with home.store() as store:
        mid = store.add_mentee("Searchable")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
        store.save_note(mid, sid, "notes", "talked about the quarterly budget")
        gone = store.add_session(mid, dt.datetime(2026, 3, 16, 9))
        store.save_note(mid, gone, "notes", "a tangent about sailing")
        store.add_commitment(mid, "draft the hiring plan", session_id=sid)
    sync_all([home, work])
    with home.store() as store:
        store.save_note(mid, sid, "notes", "talked about the reorganisation instead")
        store.delete_session(gone)
    sync_all([home, work])
    _fts_intact(work)
    with work.store() as store:
        assert [h.source for h in store.search("reorganisation")] == ["notes"]
        assert store.search("budget") == [] and store.search("sailing") == []
        assert [h.source for h in store.search("hiring")] == ["commitment"]


def test_a_value_written_again_with_the_same_content_still_wins_by_its_clock(
    make_devices: MakeDevices,
) -> None:
    """Found by the random runs: the merge once took "only they changed it" from equal
    values, so a column this device had written later (to a value that happened to equal
    the other device's old one, here the note's time) went to the earlier writer here and
    not there, and the two devices disagreed for ever. Each column now keeps the clock of
    its last write."""
    a, b = make_devices(2, start=dt.datetime(2026, 3, 2, 10, 0))
    b.clock.set_wall(dt.datetime(2026, 3, 2, 9, 0))  # B's clock is an hour behind
    with a.store() as store:
        mid = store.add_mentee("Kestrel")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
    sync_all([a, b])
    with b.store() as store:
        store.save_note(mid, sid, "notes", "written on B")  # at B's 09:00:0x
    b.sync()
    with a.store() as store:
        store.save_note(mid, sid, "notes", "written on A")  # at 10:00, and later by the clock
    a.sync()
    (b_time,) = [row[5] for row in b.dump()["note"] if row[2] == sid]
    # A's clock is set back to B's time: its next note has the very time B's note had.
    a.clock.set_wall(dt.datetime.fromisoformat(b_time))
    with a.store() as store:
        store.save_note(mid, sid, "notes", "A again")
    with b.store() as store:
        store.save_note(mid, sid, "notes", "B again")
    b.sync()
    a.sync()
    b.sync()
    sync_all([a, b])
    assert a.dump() == b.dump()
    with a.store() as store:
        assert store.note(mid, sid, "notes") == "A again"  # A's write is the later one
