<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>mentorpad icon</source>
        <translation>Pictogram van mentorpad</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>A private, offline companion for mentors: encrypted session notes and a playbook.</source>
        <translation>Een persoonlijke, offline metgezel voor mentors: versleutelde sessienotities en een playbook.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Waar je gegevens staan</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Settings folder</source>
        <translation>Map met instellingen</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Map met back-ups</translation>
    </message>
    <message>
        <source>Vault (encrypted)</source>
        <translation>Kluis (versleuteld)</translation>
    </message>
    <message>
        <source>Your notes are only in the vault, encrypted. The settings folder holds the window size, theme, language and the last vault&apos;s location; nothing about your mentees.</source>
        <translation>Je notities staan alleen in de kluis, versleuteld. De map met instellingen bevat de venstergrootte, het thema, de taal en de locatie van de laatste kluis; niets over je mentees.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>Licences of mentorpad and the software it uses</source>
        <translation>Licenties van mentorpad en van de software die het gebruikt</translation>
    </message>
    <message>
        <source>mentorpad is free software under the MIT licence.</source>
        <translation>mentorpad is vrije software onder de MIT-licentie.</translation>
    </message>
    <message>
        <source>Qt and Qt for Python (PySide6, Shiboken6) are © The Qt Company Ltd and contributors, used under the GNU Lesser General Public License version 3 (LGPL v3). mentorpad uses Qt&apos;s libraries unmodified, as separate shared libraries, and you may replace them with your own build of a compatible version (in the installed app they are the files in the PySide6 folder). The licence text: https://www.gnu.org/licenses/lgpl-3.0.html; Qt&apos;s source code: https://download.qt.io/. Qt includes third-party parts such as ICU (Unicode licence), listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html.</source>
        <translation>Qt en Qt for Python (PySide6, Shiboken6) zijn © The Qt Company Ltd en bijdragers, gebruikt onder de GNU Lesser General Public License versie 3 (LGPL v3). mentorpad gebruikt de bibliotheken van Qt ongewijzigd, als afzonderlijke gedeelde bibliotheken, en je mag ze vervangen door een eigen build van een compatibele versie (in de geïnstalleerde app zijn dat de bestanden in de map PySide6). De licentietekst: https://www.gnu.org/licenses/lgpl-3.0.html; de broncode van Qt: https://download.qt.io/. Qt bevat onderdelen van derden, zoals ICU (Unicode-licentie), opgesomd op https://doc.qt.io/qt-6/licenses-used-in-qt.html.</translation>
    </message>
    <message>
        <source>© Zetetic LLC, under a BSD-style licence. SQLCipher is built on SQLite, which is in the public domain, and uses OpenSSL&apos;s cryptography (Apache License 2.0).</source>
        <translation>© Zetetic LLC, onder een BSD-achtige licentie. SQLCipher is gebouwd op SQLite, dat tot het publieke domein behoort, en gebruikt de cryptografie van OpenSSL (Apache License 2.0).</translation>
    </message>
    <message>
        <source>The Python binding for SQLCipher, by Charles Leifer, based on pysqlite by Gerhard Häring; under the zlib licence.</source>
        <translation>De Python-koppeling voor SQLCipher, door Charles Leifer, gebaseerd op pysqlite van Gerhard Häring; onder de zlib-licentie.</translation>
    </message>
    <message>
        <source>© The Python Markdown Project, under the BSD licence.</source>
        <translation>© The Python Markdown Project, onder de BSD-licentie.</translation>
    </message>
    <message>
        <source>© the platformdirs contributors, under the MIT licence.</source>
        <translation>© de bijdragers aan platformdirs, onder de MIT-licentie.</translation>
    </message>
    <message>
        <source>© Python Software Foundation, under the PSF License Agreement. Python&apos;s hashlib uses OpenSSL (Apache License 2.0).</source>
        <translation>© Python Software Foundation, onder de PSF License Agreement. De hashlib van Python gebruikt OpenSSL (Apache License 2.0).</translation>
    </message>
    <message>
        <source>System libraries</source>
        <translation>Systeembibliotheken</translation>
    </message>
    <message>
        <source>The Linux bundle also carries unmodified system libraries (GLib, D-Bus, FreeType, Fontconfig, libxcb, xkbcommon and others), each under its own free licence.</source>
        <translation>De Linux-bundel bevat ook ongewijzigde systeembibliotheken (GLib, D-Bus, FreeType, Fontconfig, libxcb, xkbcommon en andere), elk onder een eigen vrije licentie.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Save agreement</source>
        <translation>Overeenkomst bewaren</translation>
    </message>
    <message>
        <source>Guided setup…</source>
        <translation>Begeleid opstellen…</translation>
    </message>
    <message>
        <source>Export for the mentee…</source>
        <translation>Exporteren voor de mentee…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <source>No agreement yet: the guided setup walks you through it in the first session.</source>
        <translation>Nog geen overeenkomst: het begeleid opstellen loodst je er in de eerste sessie doorheen.</translation>
    </message>
    <message>
        <source>Agreement saved.</source>
        <translation>Overeenkomst bewaard.</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>Default: nothing leaves the room</source>
        <translation>Vertrekpunt: niets verlaat de kamer</translation>
    </message>
    <message>
        <source>Named exceptions</source>
        <translation>Benoemde uitzonderingen</translation>
    </message>
    <message>
        <source>What may be reported, and by whom</source>
        <translation>Wat gemeld mag worden, en door wie</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Belangenconflict</translation>
    </message>
    <message>
        <source>How we give each other feedback</source>
        <translation>Hoe we elkaar feedback geven</translation>
    </message>
    <message>
        <source>No-fault exit</source>
        <translation>Stoppen zonder schuldvraag</translation>
    </message>
    <message>
        <source>Contact between sessions</source>
        <translation>Contact tussen de sessies</translation>
    </message>
    <message>
        <source>What we discuss stays between the two of us. I keep my notes encrypted on my own computer and share them with no one: not your manager, not HR, not the programme.</source>
        <translation>Wat we bespreken, blijft tussen ons tweeën. Ik bewaar mijn notities versleuteld op mijn eigen computer en deel ze met niemand: niet met je leidinggevende, niet met HR, niet met het programma.</translation>
    </message>
    <message>
        <source>I would break confidentiality only if I learned of a risk of serious harm to you or someone else, or of unlawful or seriously unethical conduct. I would tell you first what I need to share, and with whom.</source>
        <translation>Ik doorbreek de vertrouwelijkheid alleen als ik hoor van een risico op ernstige schade voor jou of iemand anders, of van onwettig of ernstig onethisch gedrag. Ik zeg je dan eerst wat ik moet delen, en met wie.</translation>
    </message>
    <message>
        <source>The programme hears only that we meet and how often. Anything more we agree together first, and you decide what is said about your development.</source>
        <translation>Het programma hoort alleen dat we samenkomen en hoe vaak. Al het andere spreken we eerst samen af, en jij beslist wat er over je ontwikkeling gezegd wordt.</translation>
    </message>
    <message>
        <source>Neither of us is in the other&apos;s reporting line. If that changes, or a decision about your role or pay comes my way, I step out of it and we talk about what it means for our sessions.</source>
        <translation>Geen van ons beiden staat in de hiërarchische lijn van de ander. Verandert dat, of komt er een beslissing over je functie of verloning bij mij terecht, dan trek ik me daaruit terug en bespreken we wat het betekent voor onze sessies.</translation>
    </message>
    <message>
        <source>We close each session with what helped and what did not, and at the mid-point we review the relationship itself. Either of us can raise something at any time.</source>
        <translation>We sluiten elke sessie af met wat hielp en wat niet, en bij de tussentijdse evaluatie bekijken we de relatie zelf. Elk van ons kan op elk moment iets aankaarten.</translation>
    </message>
    <message>
        <source>Either of us can end the mentoring at any time, without giving reasons and without consequences. We say so openly and, if you like, look for another mentor together.</source>
        <translation>Elk van ons kan de mentoring op elk moment beëindigen, zonder reden en zonder gevolgen. We zeggen het dan open en zoeken, als je dat wilt, samen naar een andere mentor.</translation>
    </message>
    <message>
        <source>Between sessions, short questions by message are welcome; I answer within two working days.</source>
        <translation>Tussen de sessies zijn korte vragen per bericht welkom; ik antwoord binnen twee werkdagen.</translation>
    </message>
    <message>
        <source>Goals (one to three)</source>
        <translation>Doelen (één tot drie)</translation>
    </message>
    <message>
        <source>What the mentee wants to achieve</source>
        <translation>Wat de mentee wil bereiken</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Doel %1</translation>
    </message>
    <message>
        <source>How we will know: a visible sign of success</source>
        <translation>Hoe we het zullen merken: een zichtbaar teken van succes</translation>
    </message>
    <message>
        <source>Success indicator for goal %1</source>
        <translation>Succesindicator voor doel %1</translation>
    </message>
    <message>
        <source>Success indicator</source>
        <translation>Succesindicator</translation>
    </message>
    <message>
        <source>Rhythm and term</source>
        <translation>Ritme en looptijd</translation>
    </message>
    <message>
        <source>every </source>
        <translation>om de </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>for</source>
        <translation>gedurende</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Start van het traject</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Tussentijdse evaluatie</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Slotsessie</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Working together</source>
        <translation>Samenwerken</translation>
    </message>
    <message>
        <source>Add at least one goal: it is what the mentoring is for.</source>
        <translation>Voeg minstens één doel toe: daar dient de mentoring voor.</translation>
    </message>
    <message>
        <source>The closing date must come after the start of the term.</source>
        <translation>De einddatum moet na de start van het traject vallen.</translation>
    </message>
</context>
<context>
    <name>AgreementWizard</name>
    <message>
        <source>Mentoring agreement</source>
        <translation>Mentoringovereenkomst</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Ask what the mentee wants from these months, in their words. Agree one to three goals and, for each, what you would both see when it is reached.</source>
        <translation>Vraag wat de mentee uit deze maanden wil halen, in eigen woorden. Spreek één tot drie doelen af en, per doel, waaraan jullie allebei zouden zien dat het bereikt is.</translation>
    </message>
    <message>
        <source>Rhythm and term</source>
        <translation>Ritme en looptijd</translation>
    </message>
    <message>
        <source>Agree how often you meet and for how long. Put the mid-point review and the closing session in both calendars now.</source>
        <translation>Spreek af hoe vaak en hoe lang jullie samenkomen. Zet de tussentijdse evaluatie en de slotsessie nu al in beide agenda&apos;s.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Say plainly what stays between you, the few exceptions, and what, if anything, the programme hears.</source>
        <translation>Zeg duidelijk wat tussen jullie blijft, wat de weinige uitzonderingen zijn en wat het programma eventueel te horen krijgt.</translation>
    </message>
    <message>
        <source>Working together</source>
        <translation>Samenwerken</translation>
    </message>
    <message>
        <source>Agree how you give each other feedback, how to reach each other between sessions, and that either of you can end it without blame.</source>
        <translation>Spreek af hoe jullie elkaar feedback geven, hoe jullie elkaar tussen de sessies bereiken en dat elk van jullie kan stoppen zonder schuldvraag.</translation>
    </message>
    <message>
        <source>Before you finish</source>
        <translation>Voor je afrondt</translation>
    </message>
    <message>
        <source>Did you cover everything the first session is for?</source>
        <translation>Hebben jullie alles besproken waarvoor de eerste sessie dient?</translation>
    </message>
    <message>
        <source>Add at least one goal: it is what the mentoring is for.</source>
        <translation>Voeg minstens één doel toe: daar dient de mentoring voor.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>%1: “%2” was due on %3.</source>
        <translation>%1: “%2” moest klaar zijn op %3.</translation>
    </message>
    <message>
        <source>It is yours.</source>
        <translation>Het is jouw actiepunt.</translation>
    </message>
    <message>
        <source>%1: %2 commitments are overdue, the oldest since %3 (“%4”).</source>
        <translation>%1: %2 actiepunten zijn over tijd, het oudste sinds %3 (“%4”).</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are yours.</source>
        <translation>
            <numerusform>Daarvan is er %n van jou.</numerusform>
            <numerusform>Daarvan zijn er %n van jou.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no session yet, %2 weeks after the start on %3.</source>
        <translation>%1: nog geen sessie, %2 weken na de start op %3.</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>om de %1 weken</translation>
    </message>
    <message>
        <source>%1: no session for %2 weeks (you meet %3); the relationship has gone quiet.</source>
        <translation>%1: al %2 weken geen sessie (jullie zien elkaar %3); het is stil geworden in de relatie.</translation>
    </message>
    <message>
        <source>%1: plan the first session.</source>
        <translation>%1: plan de eerste sessie.</translation>
    </message>
    <message>
        <source>%1: a session was due on %2 (%3 days ago); none is planned.</source>
        <translation>%1: er was een sessie gepland tegen %2 (%3 dagen geleden); er staat er geen gepland.</translation>
    </message>
    <message>
        <source>%1: a session is due today; none is planned yet.</source>
        <translation>%1: vandaag is een sessie aan de beurt; er staat er nog geen gepland.</translation>
    </message>
    <message>
        <source>%1: a session is due on %2; none is planned yet.</source>
        <translation>%1: tegen %2 is een sessie aan de beurt; er staat er nog geen gepland.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>over %1 dagen</translation>
    </message>
    <message>
        <source>%1: mid-point review on %2 (%3).</source>
        <translation>%1: tussentijdse evaluatie op %2 (%3).</translation>
    </message>
    <message>
        <source>%1: closing session on %2 (%3).</source>
        <translation>%1: slotsessie op %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no agreement yet; agree goals, cadence and confidentiality.</source>
        <translation>%1: nog geen overeenkomst; leg doelen, ritme en vertrouwelijkheid vast.</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Terugzetten uit back-up</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Back-ups van deze kluis</translation>
    </message>
    <message>
        <source>Backups of this vault in %1, newest first:</source>
        <translation>Back-ups van deze kluis in %1, de nieuwste eerst:</translation>
    </message>
    <message>
        <source>There are no backups of this vault in %1. Choose a backup file with Other File….</source>
        <translation>Er staan geen back-ups van deze kluis in %1. Kies een back-upbestand met Ander bestand….</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>Ander bestand…</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 kB)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Kies een back-up om terug te zetten</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2 in total over %3 periods, highest %4 in %5</source>
        <translation>%1: in totaal %2 over %3 periodes, het hoogst %4 in %5</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Choose a new passphrase of a few words.</source>
        <translation>Kies een nieuwe wachtwoordzin van een paar woorden.</translation>
    </message>
    <message>
        <source>The two new passphrases do not match yet.</source>
        <translation>De twee nieuwe wachtwoordzinnen komen nog niet overeen.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data yet.</source>
        <translation>Nog geen gegevens.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>New commitment</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Wat er gedaan wordt</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Me (mentor)</source>
        <translation>Ikzelf (mentor)</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Edited on two devices</source>
        <translation>Op twee toestellen bewerkt</translation>
    </message>
    <message>
        <source>Now in the vault</source>
        <translation>Nu in de kluis</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>De andere versie</translation>
    </message>
    <message>
        <source>Keep what is in the vault</source>
        <translation>Houden wat in de kluis staat</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>De andere versie gebruiken</translation>
    </message>
    <message>
        <source>Keep both, one after the other</source>
        <translation>Beide houden, na elkaar</translation>
    </message>
    <message>
        <source>No conflicts left: every device agrees.</source>
        <translation>Geen conflicten meer: alle toestellen zijn het eens.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 van %2: %3</translation>
    </message>
    <message>
        <source>(deleted on a device)</source>
        <translation>(verwijderd op een toestel)</translation>
    </message>
    <message>
        <source>Let this text go</source>
        <translation>Deze tekst laten vallen</translation>
    </message>
    <message>
        <source>a commitment</source>
        <translation>een actiepunt</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>een doel</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>de mentoringovereenkomst</translation>
    </message>
    <message>
        <source>%1 of something that was deleted since</source>
        <translation>%1 van iets dat intussen verwijderd is</translation>
    </message>
    <message>
        <source>%1 of %2, session of %3</source>
        <translation>%1 van %2, sessie van %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>DevelopmentCharts</name>
    <message>
        <source>Themes by month</source>
        <translation>Thema&apos;s per maand</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>No themes yet: tag sessions with playbook themes.</source>
        <translation>Nog geen thema&apos;s: koppel thema&apos;s uit het playbook aan je sessies.</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Doel %1</translation>
    </message>
    <message>
        <source>Commitments kept vs due</source>
        <translation>Actiepunten nagekomen tegenover vervallen</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Month due</source>
        <translation>Maand van de deadline</translation>
    </message>
    <message>
        <source>No commitment has fallen due yet.</source>
        <translation>Nog geen enkel actiepunt heeft zijn deadline bereikt.</translation>
    </message>
    <message>
        <source>Mid-point</source>
        <translation>Tussentijds</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Doel %1: %2</translation>
    </message>
    <message>
        <source>Ratings for goal %1</source>
        <translation>Scores voor doel %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Nagekomen</translation>
    </message>
</context>
<context>
    <name>DevelopmentView</name>
    <message>
        <source>Export Report…</source>
        <translation>Rapport exporteren…</translation>
    </message>
    <message>
        <source>Save this development report as a PDF or Markdown file (not encrypted)</source>
        <translation>Dit ontwikkelingsrapport bewaren als pdf- of Markdown-bestand (niet versleuteld)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Development report: %1</source>
        <translation>Ontwikkelingsrapport: %1</translation>
    </message>
    <message>
        <source>Development report - %1</source>
        <translation>Ontwikkelingsrapport - %1</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Nog geen overeenkomst.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>Om de %1 weken</translation>
    </message>
    <message>
        <source>term %1 to %2</source>
        <translation>traject van %1 tot %2</translation>
    </message>
    <message>
        <source>mid-point %1</source>
        <translation>tussentijdse evaluatie %1</translation>
    </message>
    <message>
        <source>1 session held</source>
        <translation>1 sessie gehouden</translation>
    </message>
    <message>
        <source>%1 sessions held</source>
        <translation>%1 sessies gehouden</translation>
    </message>
    <message>
        <source>commitments: %1 of %2 due kept (%3 on time)</source>
        <translation>actiepunten: %1 van de %2 vervallen nagekomen (%3 op tijd)</translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <translation>, %1 over tijd</translation>
    </message>
    <message>
        <source>no commitment due yet</source>
        <translation>nog geen actiepunt vervallen</translation>
    </message>
</context>
<context>
    <name>DimensionCard</name>
    <message>
        <source>From your session reflections</source>
        <translation>Uit je reflecties na de sessies</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Try this: %1</source>
        <translation>Probeer dit: %1</translation>
    </message>
    <message>
        <source>Recommended setting: %1. %2</source>
        <translation>Aanbevolen instelling: %1. %2</translation>
    </message>
    <message>
        <source>Recommended setting: %1</source>
        <translation>Aanbevolen instelling: %1</translation>
    </message>
    <message>
        <source>Read in the playbook: %1</source>
        <translation>Lees in het playbook: %1</translation>
    </message>
</context>
<context>
    <name>ExportWarningBox</name>
    <message>
        <source>Save outside the vault</source>
        <translation>Buiten de kluis bewaren</translation>
    </message>
    <message>
        <source>“%1” will be written to a file outside your encrypted vault.</source>
        <translation>“%1” wordt weggeschreven naar een bestand buiten je versleutelde kluis.</translation>
    </message>
    <message>
        <source>About %1 words of text, with charts.</source>
        <translation>Ongeveer %1 woorden tekst, met grafieken.</translation>
    </message>
    <message>
        <source>About %1 words of text.</source>
        <translation>Ongeveer %1 woorden tekst.</translation>
    </message>
    <message>
        <source>The file is NOT encrypted: anyone who can open the folder you choose next can read it, and backup or sync tools may copy it elsewhere. Choose a private folder, not a shared or cloud-synced one, and delete the file when you no longer need it.</source>
        <translation>Het bestand is NIET versleuteld: wie de map kan openen die je zo meteen kiest, kan het lezen, en back-up- of synchronisatieprogramma&apos;s kunnen het elders naartoe kopiëren. Kies een persoonlijke map, geen gedeelde of met de cloud gesynchroniseerde, en verwijder het bestand als je het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Bewaren als pdf…</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Bewaren als Markdown…</translation>
    </message>
</context>
<context>
    <name>HeatMapChart</name>
    <message>
        <source>%1 themes over %2 months; most frequent: %3 (%4 sessions)</source>
        <translation>%1 thema&apos;s over %2 maanden; het vaakst: %3 (%4 sessies)</translation>
    </message>
    <message>
        <source>Sessions in a month:</source>
        <translation>Sessies per maand:</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Every attempt</source>
        <translation>Alle afnames</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Afnames</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open a completed attempt to see its results, or continue an unfinished one.</source>
        <translation>Open een voltooide afname om de resultaten te zien, of werk een onvoltooide verder af.</translation>
    </message>
    <message>
        <source>Trend per dimension</source>
        <translation>Verloop per dimensie</translation>
    </message>
    <message>
        <source>Compare two attempts</source>
        <translation>Twee afnames vergelijken</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Eerste afname</translation>
    </message>
    <message>
        <source>Second attempt</source>
        <translation>Tweede afname</translation>
    </message>
    <message>
        <source>Change per dimension</source>
        <translation>Verandering per dimensie</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Tweede</translation>
    </message>
</context>
<context>
    <name>HomeArea</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Welcome. Three steps to start</source>
        <translation>Welkom. In drie stappen aan de slag</translation>
    </message>
    <message>
        <source>1. Add a mentee under Mentees (a code name is fine).
2. Set the agreement: one to three goals, how often you meet, and the confidentiality rules.
3. Plan the first session.

From then on this page shows, at a glance, what needs your attention each week: commitments overdue, sessions due, relationships gone quiet and reviews coming up.</source>
        <translation>1. Voeg een mentee toe onder Mentees (een codenaam volstaat).
2. Leg de overeenkomst vast: één tot drie doelen, hoe vaak jullie samenkomen en de regels rond vertrouwelijkheid.
3. Plan de eerste sessie.

Vanaf dan toont deze pagina in één oogopslag wat elke week je aandacht vraagt: actiepunten over tijd, sessies die aan de beurt zijn, relaties die stil vallen en evaluaties die eraan komen.</translation>
    </message>
    <message>
        <source>Add a Mentee…</source>
        <translation>Mentee toevoegen…</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Your Practice</source>
        <translation>Jouw praktijk</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>What needs your attention this week</source>
        <translation>Wat deze week je aandacht vraagt</translation>
    </message>
    <message>
        <source>Active mentees</source>
        <translation>Actieve mentees</translation>
    </message>
    <message>
        <source>Double-click a mentee, or press Enter, to open them.</source>
        <translation>Dubbelklik op een mentee of druk op Enter om die te openen.</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sessies per maand</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>No sessions held in the last 12 months.</source>
        <translation>Geen sessies gehouden in de afgelopen 12 maanden.</translation>
    </message>
    <message>
        <source>Talk share and advising before asking</source>
        <translation>Spreektijd en advies geven voor je vragen stelt</translation>
    </message>
    <message>
        <source>Nothing recorded yet. After a session, note in your reflection how much of the talking you did and whether you advised before asking.</source>
        <translation>Nog niets genoteerd. Noteer na een sessie in je reflectie hoeveel van de tijd jij aan het woord was en of je advies gaf voor je vragen stelde.</translation>
    </message>
    <message>
        <source>Themes across your mentees</source>
        <translation>Thema&apos;s bij al je mentees</translation>
    </message>
    <message>
        <source>No active mentees. Paused and closed mentees are not listed here.</source>
        <translation>Geen actieve mentees. Gepauzeerde en afgesloten mentees staan hier niet.</translation>
    </message>
    <message>
        <source>Nothing needs your attention this week.</source>
        <translation>Niets vraagt deze week je aandacht.</translation>
    </message>
    <message>
        <source>Nothing is due this week; coming up:</source>
        <translation>Deze week is niets aan de beurt; binnenkort:</translation>
    </message>
    <message>
        <source>1 thing needs your attention this week.</source>
        <translation>Deze week vraagt 1 punt je aandacht.</translation>
    </message>
    <message>
        <source>%1 things need your attention this week.</source>
        <translation>Deze week vragen %1 punten je aandacht.</translation>
    </message>
    <message>
        <source>Your share of the talking</source>
        <translation>Jouw aandeel in de spreektijd</translation>
    </message>
    <message>
        <source>Sessions where you advised before asking</source>
        <translation>Sessies waarin je advies gaf voor je vragen stelde</translation>
    </message>
    <message>
        <source>1 session held in the last 12 months.</source>
        <translation>1 sessie gehouden in de afgelopen 12 maanden.</translation>
    </message>
    <message>
        <source>%1 sessions held in the last 12 months.</source>
        <translation>%1 sessies gehouden in de afgelopen 12 maanden.</translation>
    </message>
    <message>
        <source>On average you did %1% of the talking.</source>
        <translation>Gemiddeld was jij %1% van de tijd aan het woord.</translation>
    </message>
    <message>
        <source>You advised before asking in %1% of the sessions you reflected on.</source>
        <translation>In %1% van de sessies waarop je reflecteerde, gaf je advies voor je vragen stelde.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (toets %2)</translation>
    </message>
    <message>
        <source>%1 (key 0 or N)</source>
        <translation>%1 (toets 0 of N)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Nog niet beantwoord</translation>
    </message>
    <message>
        <source>Answer: %1. Keys 1 to 5 answer, 0 or N: not yet applicable.</source>
        <translation>Antwoord: %1. Toetsen 1 tot 5 beantwoorden, 0 of N: nog niet van toepassing.</translation>
    </message>
</context>
<context>
    <name>KeptEditsBanner</name>
    <message>
        <source>Put back</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message numerus="yes">
        <source>Before the vault locked, %n change(s) could not be saved. They were kept in memory only, never written to disk. Put them back where they belong?
%1</source>
        <translation>
            <numerusform>Voordat de kluis vergrendelde, kon %n wijziging niet worden opgeslagen. Ze is alleen in het geheugen bewaard, nooit naar schijf geschreven. Terugzetten waar ze hoort?
%1</numerusform>
            <numerusform>Voordat de kluis vergrendelde, konden %n wijzigingen niet worden opgeslagen. Ze zijn alleen in het geheugen bewaard, nooit naar schijf geschreven. Terugzetten waar ze horen?
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>%1: %2 points from %3 to %4, latest %5</source>
        <translation>%1: %2 punten van %3 tot %4, laatste %5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show %1 (%2)</source>
        <translation>%1 tonen (%2)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open Another Vault…</source>
        <translation>Andere kluis openen…</translation>
    </message>
    <message>
        <source>New Vault…</source>
        <translation>Nieuwe kluis…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Terugzetten uit back-up…</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Sync Folder…</source>
        <translation>Synchronisatiemap…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Review Sync Conflicts…</source>
        <translation>Synchronisatieconflicten bekijken…</translation>
    </message>
    <message>
        <source>Join a Synced Vault…</source>
        <translation>Een gesynchroniseerde kluis toevoegen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Presenting Mode</source>
        <translation>Presentatiemodus</translation>
    </message>
    <message>
        <source>Blur mentee names and notes while you share your screen</source>
        <translation>Namen van mentees en notities vervagen terwijl je je scherm deelt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About mentorpad</source>
        <translation>Over mentorpad</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Demo vault. Its passphrase is: %1</source>
        <translation>Demokluis. De wachtwoordzin is: %1</translation>
    </message>
    <message>
        <source>mentorpad (locked)</source>
        <translation>mentorpad (vergrendeld)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) due by the agreed rhythm this week: see Home.</source>
        <translation>
            <numerusform>%n sessie is deze week aan de beurt volgens het afgesproken ritme: zie Start.</numerusform>
            <numerusform>%n sessies zijn deze week aan de beurt volgens het afgesproken ritme: zie Start.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische back-up mislukt: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>The vault needs attention</source>
        <translation>De kluis vraagt aandacht</translation>
    </message>
    <message>
        <source>Your notes are still open. Make a backup now (File &gt; Back Up Now) and keep older backups until this is resolved.</source>
        <translation>Je notities zijn nog open. Maak nu een back-up (Bestand &gt; Nu een back-up maken) en bewaar oudere back-ups tot dit opgelost is.</translation>
    </message>
    <message>
        <source>Presenting mode: names and notes are blurred</source>
        <translation>Presentatiemodus: namen en notities zijn vervaagd</translation>
    </message>
    <message>
        <source>Presenting mode off</source>
        <translation>Presentatiemodus uit</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Terugzetten uit back-up</translation>
    </message>
    <message>
        <source>Passphrase of that backup (the one in use when it was made):</source>
        <translation>Wachtwoordzin van die back-up (de zin die je gebruikte toen ze gemaakt werd):</translation>
    </message>
    <message>
        <source>The backup was verified and restored. Unlock it with its passphrase.</source>
        <translation>De back-up is gecontroleerd en teruggezet. Ontgrendel ze met haar wachtwoordzin.</translation>
    </message>
    <message>
        <source>The vault it replaced is kept at %1</source>
        <translation>De kluis die ze vervangt, blijft bewaard in %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Een kluis openen</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Een nieuwe kluis aanmaken</translation>
    </message>
    <message>
        <source>mentorpad vaults (*.vault);;All files (*)</source>
        <translation>mentorpad-kluizen (*.vault);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Back-up gemaakt en gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Verkeerde wachtwoordzin</translation>
    </message>
    <message>
        <source>The current passphrase is not right; nothing changed.</source>
        <translation>De huidige wachtwoordzin klopt niet; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <source>Your new passphrase is set and verified. The old one no longer opens this vault (older backups still open with it).</source>
        <translation>Je nieuwe wachtwoordzin is ingesteld en gecontroleerd. De oude opent deze kluis niet meer (oudere back-ups openen er wel nog mee).</translation>
    </message>
    <message>
        <source>The new language is used the next time you start mentorpad.</source>
        <translation>De nieuwe taal wordt gebruikt zodra je mentorpad opnieuw start.</translation>
    </message>
    <message>
        <source>Could not save window settings.</source>
        <translation>De vensterinstellingen konden niet bewaard worden.</translation>
    </message>
    <message>
        <source>Quit anyway and lose the unsaved edit?</source>
        <translation>Toch afsluiten en de niet-bewaarde wijziging verliezen?</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisatiestatus</translation>
    </message>
    <message>
        <source>Sync folder: a folder your sync tool or USB stick carries</source>
        <translation>Synchronisatiemap: een map die je synchronisatieprogramma of usb-stick meeneemt</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <source>The sync folder your other computer syncs with</source>
        <translation>De synchronisatiemap van je andere computer</translation>
    </message>
    <message>
        <source>Join a synced vault</source>
        <translation>Een gesynchroniseerde kluis toevoegen</translation>
    </message>
    <message>
        <source>The passphrase of your vault on the other computer:</source>
        <translation>De wachtwoordzin van je kluis op de andere computer:</translation>
    </message>
    <message>
        <source>Joining the synced vault… this can take a minute for a large vault.</source>
        <translation>De gesynchroniseerde kluis wordt toegevoegd… bij een grote kluis kan dat een minuut duren.</translation>
    </message>
    <message>
        <source>The synced vault is ready: unlock it to open it.</source>
        <translation>De gesynchroniseerde kluis staat klaar: ontgrendel hem om hem te openen.</translation>
    </message>
    <message>
        <source>Some texts were edited on two devices. Both versions are kept: choose which to keep with File &gt; Review Sync Conflicts… (or the button in the status bar).</source>
        <translation>Sommige teksten zijn op twee toestellen bewerkt. Beide versies blijven bewaard: kies welke je houdt via Bestand &gt; Synchronisatieconflicten bekijken… (of de knop in de statusbalk).</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>The new passphrase (it then opens this vault too):</source>
        <translation>De nieuwe wachtwoordzin (die opent dan ook deze kluis):</translation>
    </message>
    <message>
        <source>That is not the passphrase the other device uses now; nothing was changed.</source>
        <translation>Dat is niet de wachtwoordzin die het andere toestel nu gebruikt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 from %2 fails its authenticity check (damaged or altered); it was not applied.</source>
        <translation>%1 van %2 doorstaat de echtheidscontrole niet (beschadigd of gewijzigd); het is niet toegepast.</translation>
    </message>
    <message>
        <source>%1 from %2 was written by a newer mentorpad; update mentorpad here to apply it.</source>
        <translation>%1 van %2 komt van een nieuwere mentorpad; werk mentorpad hier bij om het toe te passen.</translation>
    </message>
    <message>
        <source>%1 from %2 was written with your previous passphrase: unlock that device with it, then change it to the new one there.</source>
        <translation>%1 van %2 is geschreven met je vorige wachtwoordzin: ontgrendel dat toestel ermee en stel daar de nieuwe in.</translation>
    </message>
    <message>
        <source>%1 from %2 is a copy a file-sync tool made, different from the original; its changes were applied too.</source>
        <translation>%1 van %2 is een kopie die een synchronisatieprogramma maakte, anders dan het origineel; de wijzigingen ervan zijn ook toegepast.</translation>
    </message>
    <message>
        <source>%1 from %2 belongs to another vault; it was left alone.</source>
        <translation>%1 van %2 hoort bij een andere kluis; het is ongemoeid gelaten.</translation>
    </message>
    <message>
        <source>This device lost its record of the last sync (the .syncbase file beside the vault): changes made here since that sync could not be told apart and were not sent; they remain on this device.</source>
        <translation>Dit toestel is zijn gegevens over de laatste synchronisatie kwijt (het .syncbase-bestand naast de kluis): wijzigingen van hier sinds die synchronisatie waren niet te onderscheiden en zijn niet verstuurd; ze blijven op dit toestel.</translation>
    </message>
    <message>
        <source>The vault file is inside the sync folder %1: your sync tool would copy the vault file itself, which is how vaults get damaged or roll back. Nothing was changed. Choose a folder that does not hold the vault, or move the vault out of it.</source>
        <translation>Het kluisbestand staat in de synchronisatiemap %1: je synchronisatieprogramma zou het kluisbestand zelf kopiëren, en zo raken kluizen beschadigd of vallen ze terug naar een oudere stand. Er is niets gewijzigd. Kies een map waar de kluis niet in staat, of verplaats de kluis eruit.</translation>
    </message>
    <message>
        <source>The sync folder %1 is not there (an unplugged drive, or a sync tool that is not running?). Nothing was changed; mentorpad tries again later.</source>
        <translation>De synchronisatiemap %1 is er niet (een losgekoppelde schijf, of een synchronisatieprogramma dat niet draait?). Er is niets gewijzigd; mentorpad probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>This folder holds another vault&apos;s sync data. Choose the folder this vault syncs with (File &gt; Sync Folder…), or an empty one.</source>
        <translation>Deze map bevat synchronisatiegegevens van een andere kluis. Kies de map waarmee deze kluis synchroniseert (Bestand &gt; Synchronisatiemap…) of een lege map.</translation>
    </message>
    <message>
        <source>Another vault publishes changes under this device&apos;s identity in the sync folder, so nothing was synced. If this vault file was copied to another computer, delete that copy there and use Join a Synced Vault instead.</source>
        <translation>Een andere kluis publiceert wijzigingen onder de identiteit van dit toestel in de synchronisatiemap, dus er is niets gesynchroniseerd. Is dit kluisbestand naar een andere computer gekopieerd? Verwijder die kopie daar en gebruik in de plaats Een gesynchroniseerde kluis toevoegen.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Locking as soon as the sync is done…</source>
        <translation>Vergrendelt zodra de synchronisatie klaar is…</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
</context>
<context>
    <name>MenteeDialog</name>
    <message>
        <source>Edit mentee</source>
        <translation>Mentee bewerken</translation>
    </message>
    <message>
        <source>Add a mentee</source>
        <translation>Een mentee toevoegen</translation>
    </message>
    <message>
        <source>A code name is fine</source>
        <translation>Een codenaam volstaat</translation>
    </message>
    <message>
        <source>Name or code name</source>
        <translation>Naam of codenaam</translation>
    </message>
    <message>
        <source>e.g. Team lead, customer operations</source>
        <translation>bv. teamleider klantendienst</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Nog niet ingesteld</translation>
    </message>
    <message>
        <source>mentorpad never needs a real name: a first name and initial or a code name keeps the mentee unidentifiable even on a shared screen.</source>
        <translation>mentorpad heeft nooit een echte naam nodig: met een voornaam en initiaal of een codenaam blijft de mentee onherkenbaar, zelfs op een gedeeld scherm.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Organisation or unit</source>
        <translation>Organisatie of afdeling</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MenteesArea</name>
    <message>
        <source>%1  (%2)</source>
        <comment>mentee name, status</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Add mentee…</source>
        <translation>Mentee toevoegen…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <source>Your mentees</source>
        <translation>Je mentees</translation>
    </message>
    <message>
        <source>Add the people you mentor with “Add mentee…”. A first name and initial or a code name is enough. Then set up the agreement and plan the first session.</source>
        <translation>Voeg de mensen die je begeleidt toe met “Mentee toevoegen…”. Een voornaam en initiaal of een codenaam volstaat. Leg daarna de overeenkomst vast en plan de eerste sessie.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Background: context, what the programme asked for, first impressions</source>
        <translation>Achtergrond: context, wat het programma vroeg, eerste indrukken</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sessies, nieuwste eerst</translation>
    </message>
    <message>
        <source>Plan a session…</source>
        <translation>Sessie plannen…</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Geen sessie gekozen</translation>
    </message>
    <message>
        <source>Plan the next session: mentorpad prepares a brief from the last one, open commitments and the playbook.</source>
        <translation>Plan de volgende sessie: mentorpad stelt een voorbereidingsfiche op uit de vorige sessie, de openstaande actiepunten en het playbook.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Ontwikkeling</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Uit archief halen</translation>
    </message>
    <message>
        <source>Stage history: %1</source>
        <translation>Verloop van de fase: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>stage (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stage not set yet (Edit… to set it).</source>
        <translation>Fase nog niet ingesteld (via Bewerken…).</translation>
    </message>
    <message>
        <source>Delete mentee</source>
        <translation>Mentee verwijderen</translation>
    </message>
    <message>
        <source>Delete %1 and everything about them?</source>
        <translation>%1 verwijderen, met alles wat erbij hoort?</translation>
    </message>
    <message numerus="yes">
        <source>This removes the profile, the agreement, %n session(s), every note, commitment and rating, and their search index entries. It cannot be undone. Backups made earlier still contain them.</source>
        <translation>
            <numerusform>Dit verwijdert het profiel, de overeenkomst, %n sessie, elke notitie, elk actiepunt en elke score, en hun vermeldingen in de zoekindex. Dit kan niet ongedaan gemaakt worden. Eerder gemaakte back-ups bevatten ze nog.</numerusform>
            <numerusform>Dit verwijdert het profiel, de overeenkomst, %n sessies, elke notitie, elk actiepunt en elke score, en hun vermeldingen in de zoekindex. Dit kan niet ongedaan gemaakt worden. Eerder gemaakte back-ups bevatten ze nog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>Mentoringovereenkomst</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <source>Delete this session with its notes, commitments and ratings? This cannot be undone.</source>
        <translation>Deze sessie verwijderen, met haar notities, actiepunten en scores? Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Samenvatting van de sessie</translation>
    </message>
    <message>
        <source>The agreement with %1</source>
        <translation>De overeenkomst met %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>%1 of the session of %2 with %3</source>
        <translation>%1 van de sessie van %2 met %3</translation>
    </message>
</context>
<context>
    <name>MindsetArea</name>
    <message>
        <source>Mindset</source>
        <translation>Mentorhouding</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Mentee&apos;s view</source>
        <translation>Blik van de mentee</translation>
    </message>
    <message>
        <source>Your answers to the assessment</source>
        <translation>Je antwoorden op de zelfevaluatie</translation>
    </message>
    <message>
        <source>The answers %1 gave</source>
        <translation>De antwoorden van %1</translation>
    </message>
    <message>
        <source>Your answers could not be saved yet: %1</source>
        <translation>Je antwoorden konden nog niet bewaard worden: %1</translation>
    </message>
    <message>
        <source>You started an assessment (%1) on %2 and answered %3 of %4 questions. Your answers are saved: carry on where you left off.</source>
        <translation>Je begon op %2 aan een zelfevaluatie (%1) en beantwoordde %3 van de %4 vragen. Je antwoorden zijn bewaard: ga verder waar je gebleven was.</translation>
    </message>
    <message>
        <source>Your profile: %1</source>
        <translation>Je profiel: %1</translation>
    </message>
    <message>
        <source>%1&apos;s view of your mentoring</source>
        <translation>Hoe %1 je mentorschap ziet</translation>
    </message>
    <message>
        <source>Completed on %1 with %2 of %3 questions answered. A profile across eight dimensions, not a grade.</source>
        <translation>Ingevuld op %1, met %2 van de %3 vragen beantwoord. Een profiel over acht dimensies, geen beoordeling.</translation>
    </message>
    <message>
        <source>Your session reflections could not be read: %1</source>
        <translation>Je reflecties na de sessies konden niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>Complete the assessment to start a trend; retake it at the mid-point and the close.</source>
        <translation>Vul de zelfevaluatie in om een verloop te starten; doe ze opnieuw bij de tussentijdse evaluatie en bij het afsluiten.</translation>
    </message>
    <message>
        <source>Your completed self-assessments, oldest first (%1).</source>
        <translation>Je voltooide zelfevaluaties, oudste eerst (%1).</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Nog geen score</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 tot nu toe</translation>
    </message>
    <message>
        <source>%1 both first and last time</source>
        <translation>%1, zowel de eerste als de laatste keer</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>van %1 naar %2 (%3)</translation>
    </message>
    <message>
        <source>Choose two different completed attempts to see what changed.</source>
        <translation>Kies twee verschillende voltooide afnames om te zien wat er veranderde.</translation>
    </message>
    <message>
        <source>Change from the first (%1) to the second (%2): a plus means the second is higher. Not comparable: a dimension was not scored in one of them.</source>
        <translation>Verandering van de eerste (%1) naar de tweede (%2): een plus betekent dat de tweede hoger ligt. Niet vergelijkbaar: een dimensie kreeg in een van beide geen score.</translation>
    </message>
    <message>
        <source>Answers from %1 are partly entered (%2 of %3): choose Enter their answers to continue.</source>
        <translation>De antwoorden van %1 zijn deels ingevoerd (%2 van %3): kies Antwoorden invoeren om verder te gaan.</translation>
    </message>
    <message>
        <source>%1&apos;s answers were entered on %2.</source>
        <translation>De antwoorden van %1 zijn ingevoerd op %2.</translation>
    </message>
    <message>
        <source>No answers from %1 yet.</source>
        <translation>Nog geen antwoorden van %1.</translation>
    </message>
    <message>
        <source>Complete your own assessment (my last three months) to compare it with your mentee&apos;s view.</source>
        <translation>Vul je eigen zelfevaluatie in (mijn afgelopen drie maanden) om ze te vergelijken met de blik van je mentee.</translation>
    </message>
    <message>
        <source>Your self-assessment of %1 (%2) beside %3&apos;s answers of %4:</source>
        <translation>Je zelfevaluatie van %1 (%2) naast de antwoorden van %3 van %4:</translation>
    </message>
    <message>
        <source>%1: you rate yourself higher than your mentee does (you %2, your mentee %3). Ask what they see that you may not.</source>
        <translation>%1: je scoort jezelf hoger dan je mentee doet (jij %2, je mentee %3). Vraag wat je mentee ziet dat jij misschien niet ziet.</translation>
    </message>
    <message>
        <source>%1: you rate yourself lower than your mentee does (you %2, your mentee %3). They may see a strength you underrate.</source>
        <translation>%1: je scoort jezelf lager dan je mentee doet (jij %2, je mentee %3). Je mentee ziet misschien een sterkte die jij onderschat.</translation>
    </message>
    <message>
        <source>Answers from %1</source>
        <translation>Antwoorden van %1</translation>
    </message>
    <message>
        <source>Blank form saved: %1</source>
        <translation>Leeg formulier bewaard: %1</translation>
    </message>
    <message>
        <source>My last three months</source>
        <translation>Mijn afgelopen drie maanden</translation>
    </message>
    <message>
        <source>Before my first mentee</source>
        <translation>Voor mijn eerste mentee</translation>
    </message>
    <message>
        <source>My mentee&apos;s view</source>
        <translation>De blik van mijn mentee</translation>
    </message>
    <message>
        <source>Cadence reminders</source>
        <translation>Herinneringen aan het ritme</translation>
    </message>
    <message>
        <source>A reminder when a session with a mentee is due, so that none slips.</source>
        <translation>Een herinnering wanneer een sessie met een mentee aan de beurt is, zodat er geen enkele tussen wal en schip valt.</translation>
    </message>
    <message>
        <source>GROW prompts</source>
        <translation>GROW-vragen</translation>
    </message>
    <message>
        <source>Goal, Reality, Options and Will prompts in the session notes, to give every session a shape.</source>
        <translation>Vragen voor doel, realiteit, opties en wil bij de sessienotities, om elke sessie structuur te geven.</translation>
    </message>
    <message>
        <source>Confidentiality checklist</source>
        <translation>Checklist vertrouwelijkheid</translation>
    </message>
    <message>
        <source>A checklist for the first session: what stays between you, what the exceptions are, and who hears what.</source>
        <translation>Een checklist voor de eerste sessie: wat tussen jullie blijft, wat de uitzonderingen zijn en wie wat te horen krijgt.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>niet vergelijkbaar</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>geen verandering</translation>
    </message>
    <message>
        <source>From your session reflections: your share of the talking</source>
        <translation>Uit je reflecties na de sessies: jouw aandeel in de spreektijd</translation>
    </message>
    <message>
        <source>%1% on average over %2 sessions in the last 12 months; %3% in %4. Aim for about %5% or less, so your mentee does most of the thinking aloud.</source>
        <translation>Gemiddeld %1% over %2 sessies in de afgelopen 12 maanden; %3% in %4. Mik op ongeveer %5% of minder, zodat je mentee het meeste hardop denkt.</translation>
    </message>
    <message>
        <source>My share of the talking</source>
        <translation>Mijn aandeel in de spreektijd</translation>
    </message>
    <message>
        <source>From your session reflections: advice before asking</source>
        <translation>Uit je reflecties na de sessies: advies voor vragen</translation>
    </message>
    <message>
        <source>You gave advice before asking questions in %1% of %2 sessions in the last 12 months; %3% in %4. Lower is better: ask first, advise later.</source>
        <translation>Je gaf advies voor je vragen stelde in %1% van %2 sessies in de afgelopen 12 maanden; %3% in %4. Lager is beter: eerst vragen, dan pas adviseren.</translation>
    </message>
    <message>
        <source>Sessions where I advised before asking</source>
        <translation>Sessies waarin ik advies gaf voor ik vragen stelde</translation>
    </message>
    <message>
        <source>How your mentor mentors: your view</source>
        <translation>Hoe je mentor begeleidt: jouw blik</translation>
    </message>
    <message>
        <source>Tick one box for each statement.</source>
        <translation>Kruis bij elke uitspraak één vakje aan.</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Deel %1 van %2</translation>
    </message>
    <message>
        <source>Thank you. Give the form back to your mentor, or talk it through together instead if you prefer. Write no names on it.</source>
        <translation>Dank je wel. Geef het formulier terug aan je mentor, of overloop het liever samen als je dat verkiest. Schrijf er geen namen op.</translation>
    </message>
    <message>
        <source>Mentee mirror form</source>
        <translation>Spiegelformulier voor de mentee</translation>
    </message>
    <message>
        <source>mentee-mirror-form</source>
        <translation>spiegelformulier-mentee</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>A mentee</source>
        <translation>Een mentee</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Unfinished: %1 of %2 answered</source>
        <translation>Onvoltooid: %1 van %2 beantwoord</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>hoger</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lager</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Tweede</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
</context>
<context>
    <name>MirrorOverview</name>
    <message>
        <source>Your mentee&apos;s view</source>
        <translation>De blik van je mentee</translation>
    </message>
    <message>
        <source>You see yourself from the inside; your mentee sees what you do. Where the two views differ by a point or more there may be a blind spot, something others see and you do not, or a strength you underrate. Hand your mentee the blank form, let them fill it in privately, then enter their answers here.</source>
        <translation>Jij ziet jezelf van binnenuit; je mentee ziet wat je doet. Waar beide blikken een punt of meer verschillen, kan er een blinde vlek zijn: iets wat anderen zien en jij niet, of een sterkte die je onderschat. Geef je mentee het lege formulier, laat het in alle rust invullen en voer de antwoorden daarna hier in.</translation>
    </message>
    <message>
        <source>Export the blank form (PDF)…</source>
        <translation>Leeg formulier exporteren (pdf)…</translation>
    </message>
    <message>
        <source>The form lists the statements and the scale only: no names and nothing from your notes.</source>
        <translation>Het formulier bevat alleen de uitspraken en de schaal: geen namen en niets uit je notities.</translation>
    </message>
    <message>
        <source>Enter a mentee&apos;s answers</source>
        <translation>De antwoorden van een mentee invoeren</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Enter their answers</source>
        <translation>Antwoorden invoeren</translation>
    </message>
    <message>
        <source>Add a mentee first: the answers are kept with that mentee.</source>
        <translation>Voeg eerst een mentee toe: de antwoorden worden bij die mentee bewaard.</translation>
    </message>
    <message>
        <source>Blind spots</source>
        <translation>Blinde vlekken</translation>
    </message>
    <message>
        <source>A gap of 1.0 or more between your score and your mentee&apos;s marks a possible blind spot. It is a question to explore together, not a verdict on either of you.</source>
        <translation>Een verschil van 1,0 of meer tussen jouw score en die van je mentee wijst op een mogelijke blinde vlek. Het is een vraag om samen te verkennen, geen oordeel over een van jullie.</translation>
    </message>
    <message>
        <source>No blind spots: your view and your mentee&apos;s differ by less than 1.0 on every dimension.</source>
        <translation>Geen blinde vlekken: jouw blik en die van je mentee verschillen op elke dimensie minder dan 1,0.</translation>
    </message>
</context>
<context>
    <name>MirrorView</name>
    <message>
        <source>Copy the answers from the form your mentee filled in.</source>
        <translation>Neem de antwoorden over van het formulier dat je mentee invulde.</translation>
    </message>
    <message>
        <source>Back (answers so far are kept)</source>
        <translation>Terug (de antwoorden tot nu toe blijven bewaard)</translation>
    </message>
    <message>
        <source>Save their answers</source>
        <translation>Antwoorden bewaren</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <source>Showing the first %1 of %2 characters.</source>
        <translation>De eerste %1 van %2 tekens worden getoond.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Meer tonen</translation>
    </message>
</context>
<context>
    <name>PercentChart</name>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>Prompts: %1</source>
        <translation>Vragen: %1</translation>
    </message>
    <message>
        <source>Now: %1, %2 min left. %3</source>
        <translation>Nu: %1, nog %2 min. %3</translation>
    </message>
    <message>
        <source>Planned time is up: agree the next step and close.</source>
        <translation>De geplande tijd is om: spreek de volgende stap af en rond af.</translation>
    </message>
    <message>
        <source>Start the timer when the session begins.</source>
        <translation>Start de timer wanneer de sessie begint.</translation>
    </message>
</context>
<context>
    <name>PlainTextEditor</name>
    <message>
        <source>This paste would make a line of %1 characters, and a line holds at most %2. Nothing was pasted: your note is unchanged. Keep very long lines, such as encoded data, in a file of their own.</source>
        <translation>Wat je plakt zou een regel van %1 tekens maken, en een regel bevat er hoogstens %2. Er is niets geplakt: je notitie is ongewijzigd. Bewaar zeer lange regels, zoals gecodeerde gegevens, in een eigen bestand.</translation>
    </message>
    <message>
        <source>Too much to paste</source>
        <translation>Te veel om te plakken</translation>
    </message>
    <message>
        <source>This paste holds %1 characters, and a note holds at most %2. Nothing was pasted: your note is unchanged. Keep very large texts, such as logs or exports, in a file of their own.</source>
        <translation>Wat je plakt telt %1 tekens, en een notitie bevat er hoogstens %2. Er is niets geplakt: je notitie is ongewijzigd. Bewaar zeer grote teksten, zoals logbestanden of exports, in een eigen bestand.</translation>
    </message>
</context>
<context>
    <name>PlaybookArea</name>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Search the playbook (%1)</source>
        <translation>Zoeken in het playbook (%1)</translation>
    </message>
    <message>
        <source>Search the playbook</source>
        <translation>Zoeken in het playbook</translation>
    </message>
    <message>
        <source>Searches titles, summaries, catalog labels, signals and questions</source>
        <translation>Zoekt in titels, samenvattingen, cataloguslabels, signalen en vragen</translation>
    </message>
    <message>
        <source>Playbook entries by stage</source>
        <translation>Playbookonderwerpen per fase</translation>
    </message>
    <message>
        <source>Search looks at titles, summaries, catalog labels, signals and questions. Try fewer words, or another word for the same thing.</source>
        <translation>Zoeken kijkt naar titels, samenvattingen, cataloguslabels, signalen en vragen. Probeer minder woorden, of een ander woord voor hetzelfde.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Terug naar de vorige pagina</translation>
    </message>
    <message>
        <source>Agenda of</source>
        <translation>Agenda van</translation>
    </message>
    <message>
        <source>Mentee whose next agenda gets questions</source>
        <translation>Mentee bij wiens volgende agenda de vragen komen</translation>
    </message>
    <message>
        <source>Tag this theme on the current session</source>
        <translation>Dit thema aan de huidige sessie koppelen</translation>
    </message>
    <message>
        <source>Plan the session and add</source>
        <translation>Sessie plannen en toevoegen</translation>
    </message>
    <message>
        <source>Plan the session and add the question</source>
        <translation>De sessie plannen en de vraag toevoegen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Do not plan a session</source>
        <translation>Geen sessie plannen</translation>
    </message>
    <message>
        <source>Playbook message</source>
        <translation>Melding van het playbook</translation>
    </message>
    <message>
        <source>Playbook page</source>
        <translation>Playbookpagina</translation>
    </message>
    <message>
        <source>The playbook could not be read: %1</source>
        <translation>Het playbook kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>Choose a mentee</source>
        <translation>Kies een mentee</translation>
    </message>
    <message>
        <source>No active mentees</source>
        <translation>Geen actieve mentees</translation>
    </message>
    <message>
        <source>Mark this struggle as a theme of the session open in Mentees</source>
        <translation>Dit knelpunt als thema koppelen aan de sessie die open staat in Mentees</translation>
    </message>
    <message>
        <source>Open a session in Mentees to tag this theme on it</source>
        <translation>Open een sessie in Mentees om dit thema eraan te koppelen</translation>
    </message>
    <message>
        <source>Unlock your vault to add questions to an agenda.</source>
        <translation>Ontgrendel je kluis om vragen aan een agenda toe te voegen.</translation>
    </message>
    <message>
        <source>Choose a mentee above first.</source>
        <translation>Kies eerst hierboven een mentee.</translation>
    </message>
    <message>
        <source>Add a mentee in Mentees first; then you can plan questions.</source>
        <translation>Voeg eerst een mentee toe in Mentees; daarna kun je vragen plannen.</translation>
    </message>
    <message>
        <source>%1 has no session planned. Plan a regular session on %2 at %3 and add the question to it?</source>
        <translation>Voor %1 staat geen sessie gepland. Een gewone sessie plannen op %2 om %3 en de vraag eraan toevoegen?</translation>
    </message>
    <message>
        <source>Planned a session with %1 on %2 and added the question to its agenda.</source>
        <translation>Sessie met %1 gepland op %2 en de vraag aan de agenda toegevoegd.</translation>
    </message>
    <message>
        <source>Added to %1’s session on %2.</source>
        <translation>Toegevoegd aan de sessie met %1 op %2.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Niets gevonden voor “%1”</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 resultaten</translation>
    </message>
    <message>
        <source>That link does not lead anywhere in mentorpad.</source>
        <translation>Die link leidt nergens heen in mentorpad.</translation>
    </message>
    <message>
        <source>Tagged “%1” as a theme of the open session.</source>
        <translation>“%1” gekoppeld als thema van de open sessie.</translation>
    </message>
</context>
<context>
    <name>PlaybookPages</name>
    <message>
        <source>For the mentor</source>
        <translation>Voor de mentor</translation>
    </message>
    <message>
        <source>Managers in their first months: finding their footing, their authority and their own way of leading.</source>
        <translation>Leidinggevenden in hun eerste maanden: ze zoeken houvast, gezag en hun eigen manier van leidinggeven.</translation>
    </message>
    <message>
        <source>Managers who have settled in but keep running into the same problems, often habits from their time as an expert or a peer.</source>
        <translation>Leidinggevenden die ingewerkt zijn maar steeds op dezelfde problemen botsen, vaak gewoonten uit hun tijd als expert of als collega.</translation>
    </message>
    <message>
        <source>Managers who do well and are ready for more: bigger roles, larger changes and wider influence.</source>
        <translation>Leidinggevenden die het goed doen en klaar zijn voor meer: grotere rollen, grotere veranderingen en meer invloed.</translation>
    </message>
    <message>
        <source>Short guides for you as a mentor, and a plan for each of the four kinds of session.</source>
        <translation>Korte gidsen voor jou als mentor, en een plan voor elk van de vier soorten sessies.</translation>
    </message>
    <message>
        <source>what they want to achieve</source>
        <translation>wat de mentee wil bereiken</translation>
    </message>
    <message>
        <source>where things stand now</source>
        <translation>waar het nu staat</translation>
    </message>
    <message>
        <source>what they could do</source>
        <translation>wat de mentee zou kunnen doen</translation>
    </message>
    <message>
        <source>what they will do, and when</source>
        <translation>wat de mentee zal doen, en wanneer</translation>
    </message>
    <message>
        <source>the manager</source>
        <translation>de leidinggevende zelf</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>het team</translation>
    </message>
    <message>
        <source>their boss</source>
        <translation>de eigen leidinggevende</translation>
    </message>
    <message>
        <source>you, the mentor</source>
        <translation>jij, de mentor</translation>
    </message>
    <message>
        <source>Push: directive</source>
        <translation>Push: sturend</translation>
    </message>
    <message>
        <source>Mostly push</source>
        <translation>Vooral push</translation>
    </message>
    <message>
        <source>Balanced between push and pull</source>
        <translation>In evenwicht tussen push en pull</translation>
    </message>
    <message>
        <source>Mostly pull</source>
        <translation>Vooral pull</translation>
    </message>
    <message>
        <source>Pull: non-directive</source>
        <translation>Pull: niet-sturend</translation>
    </message>
    <message>
        <source>career support</source>
        <translation>loopbaansteun</translation>
    </message>
    <message>
        <source>psychosocial support</source>
        <translation>psychosociale steun</translation>
    </message>
    <message>
        <source>role modelling</source>
        <translation>rolmodel zijn</translation>
    </message>
    <message>
        <source>no clear goals</source>
        <translation>geen duidelijke doelen</translation>
    </message>
    <message>
        <source>no process or method</source>
        <translation>geen proces of methode</translation>
    </message>
    <message>
        <source>the mentor in the wrong role</source>
        <translation>de mentor in de verkeerde rol</translation>
    </message>
    <message>
        <source>no time for mentoring</source>
        <translation>geen tijd voor mentoring</translation>
    </message>
    <message>
        <source>the mentor&apos;s own story taking over</source>
        <translation>het eigen verhaal van de mentor dat de overhand neemt</translation>
    </message>
    <message>
        <source>broken confidentiality</source>
        <translation>geschonden vertrouwelijkheid</translation>
    </message>
    <message>
        <source>research evidence</source>
        <translation>onderzoeksbewijs</translation>
    </message>
    <message>
        <source>practitioner model</source>
        <translation>praktijkmodel</translation>
    </message>
    <message>
        <source>rule of thumb</source>
        <translation>vuistregel</translation>
    </message>
    <message>
        <source>initiation</source>
        <translation>initiatie</translation>
    </message>
    <message>
        <source>cultivation</source>
        <translation>ontwikkeling</translation>
    </message>
    <message>
        <source>separation</source>
        <translation>scheiding</translation>
    </message>
    <message>
        <source>redefinition</source>
        <translation>herdefiniëring</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>voorbereiden</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>onderhandelen</translation>
    </message>
    <message>
        <source>enabling growth</source>
        <translation>groei mogelijk maken</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>afsluiten</translation>
    </message>
    <message>
        <source>(details still to be checked)</source>
        <translation>(gegevens nog na te kijken)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>The playbook</source>
        <translation>Het playbook</translation>
    </message>
    <message>
        <source>%1 struggles that managers meet, in three stages. Each entry tells you what to look for, why it happens, how to stand as a mentor, which questions to ask, and what progress looks like.</source>
        <translation>%1 knelpunten waarop leidinggevenden botsen, in drie fasen. Elk onderwerp vertelt je waar je op let, waarom het gebeurt, hoe je je als mentor opstelt, welke vragen je stelt en hoe vooruitgang eruitziet.</translation>
    </message>
    <message>
        <source>Choose an entry on the left, or search with %1. Arrow keys move through the list; Enter opens.</source>
        <translation>Kies links een onderwerp, of zoek met %1. Met de pijltjestoetsen ga je door de lijst; Enter opent.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Guides for the mentor</source>
        <translation>Gidsen voor de mentor</translation>
    </message>
    <message>
        <source>Session templates</source>
        <translation>Sessiesjablonen</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Why it happens</source>
        <translation>Waarom het gebeurt</translation>
    </message>
    <message>
        <source>Your stance</source>
        <translation>Je houding</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Valkuilen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Vooruitgang</translation>
    </message>
    <message>
        <source>Referring on</source>
        <translation>Doorverwijzen</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Kaders</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwant</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>On this page:</source>
        <translation>Op deze pagina:</translation>
    </message>
    <message>
        <source>This entry is not yet translated into your language: it is shown in English.</source>
        <translation>Dit onderdeel is nog niet vertaald: je leest het in het Engels.</translation>
    </message>
    <message>
        <source>Signals to notice</source>
        <translation>Signalen om op te letten</translation>
    </message>
    <message>
        <source>Seen by: %1</source>
        <translation>Opgemerkt door: %1</translation>
    </message>
    <message>
        <source>Your stance as mentor</source>
        <translation>Je houding als mentor</translation>
    </message>
    <message>
        <source>What you offer most here: %1</source>
        <translation>Wat je hier vooral biedt: %1</translation>
    </message>
    <message>
        <source>Pitfalls for you</source>
        <translation>Valkuilen voor jou</translation>
    </message>
    <message>
        <source>Why programmes fail: %1</source>
        <translation>Waarom programma&apos;s mislukken: %1</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Vragen om te stellen</translation>
    </message>
    <message>
        <source>Open questions in the order of a GROW conversation. “Add to next session&apos;s agenda” puts one on the agenda of the mentee chosen above.</source>
        <translation>Open vragen in de volgorde van een GROW-gesprek. “Aan de agenda van de volgende sessie toevoegen” zet er een op de agenda van de mentee die je hierboven koos.</translation>
    </message>
    <message>
        <source>Add this question to the next session</source>
        <translation>Deze vraag aan de volgende sessie toevoegen</translation>
    </message>
    <message>
        <source>Add to next session’s agenda</source>
        <translation>Aan de agenda van de volgende sessie toevoegen</translation>
    </message>
    <message>
        <source>Exercises between sessions</source>
        <translation>Oefeningen tussen de sessies</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Debrief in the next session</source>
        <translation>Nabespreken in de volgende sessie</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duur: %1</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Tekenen van vooruitgang</translation>
    </message>
    <message>
        <source>When to refer on</source>
        <translation>Wanneer doorverwijzen</translation>
    </message>
    <message>
        <source>You are a mentor, not a therapist or an investigator. In these situations, help the mentee find the right person.</source>
        <translation>Je bent mentor, geen therapeut of onderzoeker. Help de mentee in deze situaties de juiste persoon te vinden.</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation>Doorverwijzen naar:</translation>
    </message>
    <message>
        <source>In Belgium:</source>
        <translation>In België:</translation>
    </message>
    <message>
        <source>In the Netherlands:</source>
        <translation>In Nederland:</translation>
    </message>
    <message>
        <source>In the organisation:</source>
        <translation>In de organisatie:</translation>
    </message>
    <message>
        <source>Frameworks behind it</source>
        <translation>Kaders erachter</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Onderbouwing: %1</translation>
    </message>
    <message>
        <source>Related entries</source>
        <translation>Verwante onderwerpen</translation>
    </message>
    <message>
        <source>Often seen together</source>
        <translation>Vaak samen gezien</translation>
    </message>
    <message>
        <source>Often lies underneath</source>
        <translation>Ligt er vaak onder</translation>
    </message>
    <message>
        <source>A natural next step</source>
        <translation>Een logische volgende stap</translation>
    </message>
    <message>
        <source>push %1 pull</source>
        <translation>push %1 pull</translation>
    </message>
    <message>
        <source>Guide %1 of %2</source>
        <translation>Gids %1 van %2</translation>
    </message>
    <message>
        <source>%1 minutes · relationship phase: %2 (Kram), %3 (Zachary)</source>
        <translation>%1 minuten · fase van de relatie: %2 (Kram), %3 (Zachary)</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Sessiesjabloon</translation>
    </message>
    <message>
        <source>%1–%2 min · %3</source>
        <translation>%1–%2 min · %3</translation>
    </message>
    <message>
        <source>GROW: %1</source>
        <translation>GROW: %1</translation>
    </message>
    <message>
        <source>Agreement checklist</source>
        <translation>Checklist voor de overeenkomst</translation>
    </message>
</context>
<context>
    <name>PlaybookTreeModel</name>
    <message>
        <source>For the mentor</source>
        <translation>Voor de mentor</translation>
    </message>
    <message>
        <source>%1
No. %2 in the catalog: “%3”</source>
        <translation>%1
Nr. %2 in de catalogus: “%3”</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 van %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2 items</source>
        <translation>%1, %2 onderwerpen</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Laatste sessie</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Volgende sessie</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Actiepunten over tijd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <source>To plan</source>
        <translation>Te plannen</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (gepland)</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (aan de beurt)</translation>
    </message>
    <message>
        <source>Commitments overdue</source>
        <translation>Actiepunten over tijd</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Stilgevallen</translation>
    </message>
    <message>
        <source>Session overdue</source>
        <translation>Sessie over tijd</translation>
    </message>
    <message>
        <source>First session to plan</source>
        <translation>Eerste sessie te plannen</translation>
    </message>
    <message>
        <source>Session due this week</source>
        <translation>Sessie deze week aan de beurt</translation>
    </message>
    <message>
        <source>Mid-point review soon</source>
        <translation>Tussentijdse evaluatie binnenkort</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Afsluiting binnenkort</translation>
    </message>
    <message>
        <source>No agreement yet</source>
        <translation>Nog geen overeenkomst</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Op schema</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <source>This is exactly what will leave the vault; nothing else is included. The saved file is not encrypted.</source>
        <translation>Dit is precies wat de kluis zal verlaten; er gaat niets anders mee. Het bewaarde bestand is niet versleuteld.</translation>
    </message>
    <message>
        <source>Preview as it will look</source>
        <translation>Voorbeeld zoals het eruit zal zien</translation>
    </message>
    <message>
        <source>Exact text of the file</source>
        <translation>Exacte tekst van het bestand</translation>
    </message>
    <message>
        <source>As it will look</source>
        <translation>Zoals het eruit zal zien</translation>
    </message>
    <message>
        <source>Exact text</source>
        <translation>Exacte tekst</translation>
    </message>
    <message>
        <source>Save as File…</source>
        <translation>Bewaren als bestand…</translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <source>Nothing scored yet.</source>
        <translation>Nog niets gescoord.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Keys: 1 to 5 answer the highlighted statement, 0 or N: not yet applicable; arrow keys or Tab: next statement; Page Down: next dimension.</source>
        <translation>Toetsen: 1 tot 5 beantwoorden de gemarkeerde uitspraak, 0 of N: nog niet van toepassing; pijltjestoetsen of Tab: volgende uitspraak; Page Down: volgende dimensie.</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwoorde vragen</translation>
    </message>
    <message>
        <source>Previous dimension</source>
        <translation>Vorige dimensie</translation>
    </message>
    <message>
        <source>Next dimension</source>
        <translation>Volgende dimensie</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>Mijn resultaten bekijken</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 van %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 van %2 beantwoord</translation>
    </message>
    <message>
        <source>Dimension %1 of %2</source>
        <translation>Dimensie %1 van %2</translation>
    </message>
    <message>
        <source>Finish with %1 open</source>
        <translation>Afronden met %1 open</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <source>Rating (1-5)</source>
        <translation>Score (1-5)</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Datum van de sessie</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Nog geen score.</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>Not rated</source>
        <translation>Geen score</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Progress on: %1</source>
        <translation>Vooruitgang op: %1</translation>
    </message>
    <message>
        <source>What shows this?</source>
        <translation>Waaruit blijkt dat?</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>No results yet. Take the assessment: your profile across the eight dimensions appears here, with what to do next for each.</source>
        <translation>Nog geen resultaten. Vul de zelfevaluatie in: je profiel over de acht dimensies verschijnt hier, met voor elke dimensie wat je nu kunt doen.</translation>
    </message>
    <message>
        <source>Talk to your programme lead before you take on a mentee</source>
        <translation>Praat met je programmaverantwoordelijke voor je een mentee begeleidt</translation>
    </message>
    <message>
        <source>Every dimension is high: ask your mentee&apos;s view</source>
        <translation>Elke dimensie scoort hoog: vraag hoe je mentee het ziet</translation>
    </message>
    <message>
        <source>All eight dimensions are at 4.5 or above. Self-ratings tend to run high, even on questions about how often you do things, so this is the moment to check: ask your mentee to fill in the mirror form and compare.</source>
        <translation>Alle acht dimensies staan op 4,5 of hoger. Zelfevaluaties vallen vaak hoog uit, zelfs bij vragen over hoe vaak je iets doet, dus dit is het moment om het na te gaan: vraag je mentee het spiegelformulier in te vullen en vergelijk.</translation>
    </message>
    <message>
        <source>Ask my mentee&apos;s view</source>
        <translation>Vragen hoe mijn mentee het ziet</translation>
    </message>
    <message>
        <source>Your profile: how often, from 1 (never) to 5 (always)</source>
        <translation>Je profiel: hoe vaak, van 1 (nooit) tot 5 (altijd)</translation>
    </message>
    <message>
        <source>What the bands mean, and what they do not</source>
        <translation>Wat de niveaus betekenen, en wat niet</translation>
    </message>
    <message>
        <source>What to do next, dimension by dimension</source>
        <translation>Wat je nu kunt doen, dimensie per dimensie</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Opnieuw invullen</translation>
    </message>
    <message>
        <source>Your answers put %1 below 2.5. A mentee relies on your time and on your discretion before anything else. Your programme lead can help you plan for this, or agree a better moment to start.</source>
        <translation>Volgens je antwoorden scoort %1 onder 2,5. Een mentee rekent in de eerste plaats op je tijd en je discretie. Je programmaverantwoordelijke kan je helpen daar rekening mee te houden, of een beter moment afspreken om te beginnen.</translation>
    </message>
    <message>
        <source>Strengths: %1</source>
        <translation>Sterktes: %1</translation>
    </message>
    <message>
        <source>Strengths: none yet at 4.25 or above.</source>
        <translation>Sterktes: nog geen enkele op 4,25 of hoger.</translation>
    </message>
    <message>
        <source>Priorities: %1</source>
        <translation>Prioriteiten: %1</translation>
    </message>
    <message>
        <source>Priorities: no dimension is below 2.5.</source>
        <translation>Prioriteiten: geen enkele dimensie ligt onder 2,5.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>SearchArea</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search notes, agendas, summaries, commitments…</source>
        <translation>Zoeken in notities, agenda&apos;s, samenvattingen, actiepunten…</translation>
    </message>
    <message>
        <source>Only this mentee</source>
        <translation>Alleen deze mentee</translation>
    </message>
    <message>
        <source>Results, newest first</source>
        <translation>Resultaten, nieuwste eerst</translation>
    </message>
    <message>
        <source>Search everything you wrote</source>
        <translation>Zoek in alles wat je schreef</translation>
    </message>
    <message>
        <source>Type a word or two: results appear as you type, newest first. Accents are ignored, and a last word of three letters or more matches as a prefix.</source>
        <translation>Typ een woord of twee: de resultaten verschijnen terwijl je typt, nieuwste eerst. Accenten tellen niet mee, en een laatste woord van drie letters of meer geldt als begin van een woord.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Geen resultaten</translation>
    </message>
    <message>
        <source>Nothing matches those words. Try fewer or shorter words, or another mentee.</source>
        <translation>Niets gevonden met die woorden. Probeer minder of kortere woorden, of een andere mentee.</translation>
    </message>
    <message>
        <source>All mentees</source>
        <translation>Alle mentees</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), newest first</source>
        <translation>
            <numerusform>%n resultaat, nieuwste eerst</numerusform>
            <numerusform>%n resultaten, nieuwste eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n different word(s) are searched.</source>
        <translation>
            <numerusform>Alleen het eerste %n verschillende woord wordt gezocht.</numerusform>
            <numerusform>Alleen de eerste %n verschillende woorden worden gezocht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>First meeting</source>
        <translation>Eerste kennismaking</translation>
    </message>
    <message>
        <source>No earlier session. Use the first-session template: connect, roles, goals, the agreement, a first action.</source>
        <translation>Nog geen eerdere sessie. Gebruik het sjabloon voor de eerste sessie: kennismaken, rollen, doelen, de overeenkomst, een eerste actie.</translation>
    </message>
    <message>
        <source>**1 day** since the last session</source>
        <translation>**1 dag** sinds de vorige sessie</translation>
    </message>
    <message>
        <source>**%1 days** since the last session</source>
        <translation>**%1 dagen** sinds de vorige sessie</translation>
    </message>
    <message>
        <source> · agreed: every week</source>
        <translation> · afgesproken: elke week</translation>
    </message>
    <message>
        <source> · agreed: every %1 weeks</source>
        <translation> · afgesproken: om de %1 weken</translation>
    </message>
    <message>
        <source> · **overdue**</source>
        <translation> · **over tijd**</translation>
    </message>
    <message>
        <source> · **due now**</source>
        <translation> · **nu aan de beurt**</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Sinds de vorige keer</translation>
    </message>
    <message>
        <source>**Coming up: %1 on %2.**</source>
        <translation>**Binnenkort: %1 op %2.**</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Openstaande actiepunten</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (deadline %1)</translation>
    </message>
    <message>
        <source> **OVERDUE**</source>
        <translation> **OVER TIJD**</translation>
    </message>
    <message>
        <source>%1 of %2 shown here; every one is on the Follow-up tab.</source>
        <translation>%1 van %2 hier getoond; alle staan op het tabblad Opvolging.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>nog geen score</translation>
    </message>
    <message>
        <source>Recent themes</source>
        <translation>Recente thema&apos;s</translation>
    </message>
    <message>
        <source>in English: not yet translated</source>
        <translation>in het Engels: nog niet vertaald</translation>
    </message>
    <message>
        <source>Last shared summary</source>
        <translation>Laatste gedeelde samenvatting</translation>
    </message>
    <message>
        <source>Last session&apos;s notes</source>
        <translation>Notities van de vorige sessie</translation>
    </message>
    <message>
        <source>Refer on when</source>
        <translation>Doorverwijzen wanneer</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en uur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Geplande duur</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Soort sessie</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Agenda: what you want to cover</source>
        <translation>Agenda: wat je wilt bespreken</translation>
    </message>
    <message>
        <source>Private notes: they never leave this vault</source>
        <translation>Persoonlijke notities: die verlaten deze kluis nooit</translation>
    </message>
    <message>
        <source>Shared summary: only what you may later send the mentee</source>
        <translation>Gedeelde samenvatting: alleen wat je later naar de mentee mag sturen</translation>
    </message>
    <message>
        <source>What would I do differently next time?</source>
        <translation>Wat zou ik de volgende keer anders doen?</translation>
    </message>
    <message>
        <source>Prep brief</source>
        <translation>Voorbereidingsfiche</translation>
    </message>
    <message>
        <source>Suggested questions</source>
        <translation>Voorgestelde vragen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Private. Raw HTML is shown as typed; nothing is loaded.</source>
        <translation>Persoonlijk. Ruwe HTML wordt getoond zoals getypt; er wordt niets geladen.</translation>
    </message>
    <message>
        <source>The only part of a session meant to leave mentorpad. Private notes, your reflection and other mentees never go with it.</source>
        <translation>Het enige deel van een sessie dat bedoeld is om mentorpad te verlaten. Persoonlijke notities, je reflectie en andere mentees gaan nooit mee.</translation>
    </message>
    <message>
        <source>Preview and export…</source>
        <translation>Voorbeeld en exporteren…</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Gedeelde samenvatting</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Themes touched</source>
        <translation>Besproken thema&apos;s</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Actiepunt toevoegen…</translation>
    </message>
    <message>
        <source>Progress on goals</source>
        <translation>Vooruitgang op de doelen</translation>
    </message>
    <message>
        <source>My reflection (private)</source>
        <translation>Mijn reflectie (persoonlijk)</translation>
    </message>
    <message>
        <source>How much of the time did I talk?</source>
        <translation>Hoeveel van de tijd was ik aan het woord?</translation>
    </message>
    <message>
        <source>I noted my talk time</source>
        <translation>Ik noteerde mijn spreektijd</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <source>No: I asked before advising</source>
        <translation>Nee: ik stelde vragen voor ik advies gaf</translation>
    </message>
    <message>
        <source>Yes: I advised before asking</source>
        <translation>Ja: ik gaf advies voor ik vragen stelde</translation>
    </message>
    <message>
        <source>I talked roughly</source>
        <translation>Ik was ongeveer aan het woord</translation>
    </message>
    <message>
        <source>Did I advise before asking?</source>
        <translation>Gaf ik advies voor ik vragen stelde?</translation>
    </message>
    <message>
        <source>Quick capture: %1 commitment · %2 insight · %3 theme</source>
        <translation>Snel noteren: %1 actiepunt · %2 inzicht · %3 thema</translation>
    </message>
    <message>
        <source>Playbook entry for the tagged theme</source>
        <translation>Playbookonderwerp voor het gekoppelde thema</translation>
    </message>
    <message>
        <source>At hand from the playbook</source>
        <translation>Bij de hand uit het playbook</translation>
    </message>
    <message>
        <source>Agreement checklist</source>
        <translation>Checklist voor de overeenkomst</translation>
    </message>
    <message>
        <source>No goals yet: set them in the agreement.</source>
        <translation>Nog geen doelen: leg ze vast in de overeenkomst.</translation>
    </message>
    <message>
        <source>Tag a theme (%1) and its playbook questions appear here.</source>
        <translation>Koppel een thema (%1) en de vragen uit het playbook verschijnen hier.</translation>
    </message>
    <message>
        <source>Tag themes or set the mentee&apos;s stage and goals to get suggestions from the playbook.</source>
        <translation>Koppel thema&apos;s of stel de fase en de doelen van de mentee in om suggesties uit het playbook te krijgen.</translation>
    </message>
    <message>
        <source>Added to the agenda</source>
        <translation>Op de agenda gezet</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Op de agenda zetten</translation>
    </message>
    <message>
        <source>Insight:</source>
        <translation>Inzicht:</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Sessie beëindigen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Takes effect the next time you start mentorpad.</source>
        <translation>Geldt vanaf de volgende keer dat je mentorpad start.</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Zelfde taal als de interface</translation>
    </message>
    <message>
        <source>Language of exported documents</source>
        <translation>Taal van geëxporteerde documenten</translation>
    </message>
    <message>
        <source>Reports, the mentoring agreement, session summaries and the blank mirror form. Takes effect at once.</source>
        <translation>Rapporten, de mentoringovereenkomst, samenvattingen van sessies en het blanco spiegelformulier. Geldt meteen.</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documenten in</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Vergrendelen na zoveel minuten zonder invoer</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>Vergrendelen na inactiviteit van</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> back-ups</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Aantal automatische back-ups om te bewaren</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Bewaar de laatste</translation>
    </message>
    <message>
        <source>Remind me when a session is due by the agreed rhythm</source>
        <translation>Herinner me eraan wanneer een sessie volgens het afgesproken ritme aan de beurt is</translation>
    </message>
    <message>
        <source>Shown on Home and when you unlock.</source>
        <translation>Getoond op Start en bij het ontgrendelen.</translation>
    </message>
    <message>
        <source>Show the template&apos;s prompts for each phase in a session</source>
        <translation>De vragen van het sjabloon voor elke fase van een sessie tonen</translation>
    </message>
    <message>
        <source>The GROW questions appear under the session timer.</source>
        <translation>De GROW-vragen verschijnen onder de sessietimer.</translation>
    </message>
    <message>
        <source>Show the agreement checklist in a first session</source>
        <translation>De checklist voor de overeenkomst tonen in een eerste sessie</translation>
    </message>
    <message>
        <source>Confidentiality, exceptions, reporting, exit: nothing forgotten.</source>
        <translation>Vertrouwelijkheid, uitzonderingen, rapportering, stoppen: niets vergeten.</translation>
    </message>
    <message>
        <source>Minimise the window when the vault locks</source>
        <translation>Het venster minimaliseren wanneer de kluis vergrendelt</translation>
    </message>
    <message>
        <source>The unlock prompt leaves the screen too; the window waits in the taskbar.</source>
        <translation>Ook het ontgrendelscherm verdwijnt van het scherm; het venster wacht in de taakbalk.</translation>
    </message>
    <message>
        <source>Backups are encrypted with your passphrase, so a synced or shared folder is fine. A backup is made when you lock or close, if anything changed. These settings are stored inside the vault.</source>
        <translation>Back-ups zijn versleuteld met je wachtwoordzin, dus een gesynchroniseerde of gedeelde map is geen probleem. Bij het vergrendelen of afsluiten wordt een back-up gemaakt als er iets veranderde. Deze instellingen worden in de kluis bewaard.</translation>
    </message>
    <message>
        <source>Unlock the vault to change its lock time and backup folder.</source>
        <translation>Ontgrendel de kluis om de vergrendeltijd en de map voor back-ups te wijzigen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>In a session</source>
        <translation>In een sessie</translation>
    </message>
    <message>
        <source>Start or end the in-session view</source>
        <translation>Sessieweergave starten of beëindigen</translation>
    </message>
    <message>
        <source>Capture a commitment</source>
        <translation>Een actiepunt noteren</translation>
    </message>
    <message>
        <source>Mark an insight in the notes</source>
        <translation>Een inzicht markeren in de notities</translation>
    </message>
    <message>
        <source>Tag a theme from the playbook</source>
        <translation>Een thema uit het playbook koppelen</translation>
    </message>
    <message>
        <source>Playbook, Search</source>
        <translation>Playbook, Zoeken</translation>
    </message>
    <message>
        <source>Focus the search box</source>
        <translation>Naar het zoekveld gaan</translation>
    </message>
    <message>
        <source>Mindset</source>
        <translation>Mentorhouding</translation>
    </message>
    <message>
        <source>Answer the focused statement</source>
        <translation>De geselecteerde uitspraak beantwoorden</translation>
    </message>
    <message>
        <source>1 – 5, 0 or N</source>
        <translation>1 – 5, 0 of N</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message numerus="yes">
        <source>%n text(s) edited on two devices</source>
        <translation>
            <numerusform>%n tekst op twee toestellen bewerkt</numerusform>
            <numerusform>%n teksten op twee toestellen bewerkt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Niet gesynchroniseerd: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Net gesynchroniseerd</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>%n min geleden gesynchroniseerd</numerusform>
            <numerusform>%n min geleden gesynchroniseerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden gesynchroniseerd</numerusform>
            <numerusform>%n uur geleden gesynchroniseerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n toestel</numerusform>
            <numerusform>%n toestellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeStartView</name>
    <message>
        <source>Unfinished assessment</source>
        <translation>Onvoltooide zelfevaluatie</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>Verdergaan waar ik gebleven was</translation>
    </message>
    <message>
        <source>What do you want to rate?</source>
        <translation>Wat wil je beoordelen?</translation>
    </message>
    <message>
        <source>My last three months of mentoring</source>
        <translation>Mijn mentorschap van de afgelopen drie maanden</translation>
    </message>
    <message>
        <source>How often you did each thing with your mentee(s) recently.</source>
        <translation>Hoe vaak je elk van deze dingen onlangs deed met je mentee(s).</translation>
    </message>
    <message>
        <source>Before my first mentee</source>
        <translation>Voor mijn eerste mentee</translation>
    </message>
    <message>
        <source>What you intend to do: a starting point to compare with later.</source>
        <translation>Wat je van plan bent: een vertrekpunt om later mee te vergelijken.</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Zelfevaluatie starten</translation>
    </message>
    <message>
        <source>Take it at the start, at the mid-point and at the close of a mentoring relationship to see what changes. Every attempt is kept in History.</source>
        <translation>Vul ze in bij de start, bij de tussentijdse evaluatie en bij het afsluiten van een mentorrelatie om te zien wat er verandert. Elke afname blijft bewaard in Geschiedenis.</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Nieuwe zelfevaluatie starten</translation>
    </message>
</context>
<context>
    <name>ThemeChips</name>
    <message>
        <source>Add a theme from the playbook</source>
        <translation>Een thema uit het playbook toevoegen</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Thema toevoegen…</translation>
    </message>
    <message>
        <source>No themes tagged yet.</source>
        <translation>Nog geen thema&apos;s gekoppeld.</translation>
    </message>
    <message>
        <source>Open playbook entry</source>
        <translation>Playbookonderwerp openen</translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation>Thema verwijderen</translation>
    </message>
</context>
<context>
    <name>ThemeCountModel</name>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>G%1: %2</source>
        <translation>D%1: %2</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (gepland)</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Agreement starts</source>
        <translation>Start van het traject</translation>
    </message>
    <message>
        <source>Mid-point review date</source>
        <translation>Datum tussentijdse evaluatie</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
</context>
<context>
    <name>TrendCell</name>
    <message>
        <source>No score yet.</source>
        <translation>Nog geen score.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>mentorpad is locked</source>
        <translation>mentorpad is vergrendeld</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your notes.</source>
        <translation>Geef je wachtwoordzin in om je notities te openen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Andere kluis openen…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Nieuwe kluis aanmaken…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Terugzetten uit een back-up…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Geef je wachtwoordzin in.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to mentorpad</source>
        <translation>Welkom bij mentorpad</translation>
    </message>
    <message>
        <source>Your notes about the people you mentor are encrypted on this computer and never leave it: mentorpad works fully offline and sends nothing anywhere. Everything is locked with one passphrase that only you know. If you forget it, nobody can recover your notes, not even us.</source>
        <translation>Je notities over de mensen die je begeleidt, worden versleuteld op deze computer en verlaten die nooit: mentorpad werkt volledig offline en verstuurt niets. Alles wordt vergrendeld met één wachtwoordzin die alleen jij kent. Vergeet je die, dan kan niemand je notities terughalen, ook wij niet.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>Already use mentorpad on another computer? Join its sync folder…</source>
        <translation>Gebruik je mentorpad al op een andere computer? Sluit aan bij de synchronisatiemap…</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>A short sentence of four or more words is ideal.</source>
        <translation>Een korte zin van vier of meer woorden is ideaal.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Mijn kluis aanmaken</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Andere kluis openen…</translation>
    </message>
    <message>
        <source>The vault will be created at %1</source>
        <translation>De kluis wordt aangemaakt in %1</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>De twee wachtwoordzinnen komen nog niet overeen.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>strength, advice</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Choose another name</source>
        <translation>Kies een andere naam</translation>
    </message>
    <message>
        <source>%1 already exists. mentorpad never replaces or writes through anything that is already there: choose another name.</source>
        <translation>%1 bestaat al. mentorpad vervangt nooit iets dat er al staat en schrijft er ook niet doorheen: kies een andere naam.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Bewaren als pdf</translation>
    </message>
    <message>
        <source>Save as Markdown</source>
        <translation>Bewaren als Markdown</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>New in the role</source>
        <translation>Nieuw in de rol</translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation>Loopt vast</translation>
    </message>
    <message>
        <source>Capable of more</source>
        <translation>Klaar voor meer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Eerste sessie</translation>
    </message>
    <message>
        <source>Regular session</source>
        <translation>Gewone sessie</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Tussentijdse evaluatie</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Slotsessie</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Gedeelde samenvatting</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Goal</source>
        <comment>GROW phase</comment>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Reality</source>
        <comment>GROW phase</comment>
        <translation>Realiteit</translation>
    </message>
    <message>
        <source>Options</source>
        <comment>GROW phase</comment>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Will</source>
        <comment>GROW phase</comment>
        <translation>Wil</translation>
    </message>
    <message>
        <source>mid-point review</source>
        <translation>tussentijdse evaluatie</translation>
    </message>
    <message>
        <source>closing session</source>
        <translation>slotsessie</translation>
    </message>
    <message>
        <source>Within 2–4 weeks</source>
        <translation>Binnen 2 à 4 weken</translation>
    </message>
    <message>
        <source>Within 2–3 months</source>
        <translation>Binnen 2 à 3 maanden</translation>
    </message>
    <message>
        <source>Within 3–6 months</source>
        <translation>Binnen 3 à 6 maanden</translation>
    </message>
    <message>
        <source>recurring theme</source>
        <translation>terugkerend thema</translation>
    </message>
    <message>
        <source>recent theme</source>
        <translation>recent thema</translation>
    </message>
    <message>
        <source>theme from an earlier session</source>
        <translation>thema uit een eerdere sessie</translation>
    </message>
    <message>
        <source>related to a recent theme</source>
        <translation>verwant aan een recent thema</translation>
    </message>
    <message>
        <source>common for this stage</source>
        <translation>vaak in deze fase</translation>
    </message>
    <message>
        <source>asked before, worth revisiting</source>
        <translation>al eens gesteld, de moeite om op terug te komen</translation>
    </message>
    <message>
        <source>fits the goal “%1”</source>
        <translation>past bij het doel “%1”</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Geef een wachtwoordzin in.</translation>
    </message>
    <message>
        <source>A passphrase of only spaces is too easy to guess.</source>
        <translation>Een wachtwoordzin van alleen spaties is te makkelijk te raden.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords.</source>
        <translation>Dit is een van de meest gebruikte wachtwoorden.</translation>
    </message>
    <message>
        <source>Too many repeated characters.</source>
        <translation>Te veel herhaalde tekens.</translation>
    </message>
    <message>
        <source>Use at least %1 characters: a short sentence works well.</source>
        <translation>Gebruik minstens %1 tekens: een korte zin werkt goed.</translation>
    </message>
    <message>
        <source>Too easy to guess: add a few more words.</source>
        <translation>Te makkelijk te raden: voeg nog een paar woorden toe.</translation>
    </message>
    <message>
        <source>Acceptable. A few more words would make it stronger.</source>
        <translation>Aanvaardbaar. Met een paar woorden meer wordt ze sterker.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Zeer sterk.</translation>
    </message>
    <message>
        <source>The vault could not be used</source>
        <translation>De kluis kon niet gebruikt worden</translation>
    </message>
    <message>
        <source>No vault at that location</source>
        <translation>Geen kluis op die plaats</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Verkeerde wachtwoordzin</translation>
    </message>
    <message>
        <source>Not a mentorpad vault</source>
        <translation>Geen kluis van mentorpad</translation>
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation>De kluis is beschadigd</translation>
    </message>
    <message>
        <source>The vault file is incomplete</source>
        <translation>Het kluisbestand is onvolledig</translation>
    </message>
    <message>
        <source>Vault from a newer mentorpad</source>
        <translation>Kluis van een nieuwere mentorpad</translation>
    </message>
    <message>
        <source>Vault already open</source>
        <translation>Kluis is al open</translation>
    </message>
    <message>
        <source>A file already exists there</source>
        <translation>Daar bestaat al een bestand</translation>
    </message>
    <message>
        <source>Something already exists there</source>
        <translation>Daar staat al iets</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Het bestand kon niet geschreven worden</translation>
    </message>
    <message>
        <source>Passphrase too weak</source>
        <translation>Wachtwoordzin te zwak</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>De schijf is vol</translation>
    </message>
    <message>
        <source>The vault is being synced</source>
        <translation>De kluis wordt gesynchroniseerd</translation>
    </message>
    <message>
        <source>The passphrase was not changed</source>
        <translation>De wachtwoordzin is niet gewijzigd</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>De back-up is mislukt</translation>
    </message>
    <message>
        <source>The sync folder cannot be used</source>
        <translation>De synchronisatiemap is niet bruikbaar</translation>
    </message>
    <message>
        <source>The passphrase was changed on another device</source>
        <translation>De wachtwoordzin is op een ander toestel gewijzigd</translation>
    </message>
    <message>
        <source>This vault was copied to another computer</source>
        <translation>Deze kluis is naar een andere computer gekopieerd</translation>
    </message>
    <message>
        <source>The vault is still open</source>
        <translation>De kluis is nog open</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 is %2, not this vault&apos;s record of its last sync; it was left alone and nothing was synced. Remove it, then sync again.</source>
        <translation>%1 is %2, niet het verslag van de laatste synchronisatie van deze kluis; het is ongemoeid gelaten en er is niets gesynchroniseerd. Verwijder het en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>%1 already exists (it is %2). mentorpad never overwrites or writes through anything that is already there: choose another name.</source>
        <translation>%1 bestaat al (het is %2). mentorpad overschrijft nooit iets dat er al staat en schrijft er ook niet doorheen: kies een andere naam.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>een bestand</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>een symbolische koppeling</translation>
    </message>
    <message>
        <source>a symbolic link to nothing</source>
        <translation>een symbolische koppeling naar niets</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>een map</translation>
    </message>
    <message>
        <source>a named pipe, FIFO</source>
        <translation>een named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <source>mentorpad may not write in %1. Choose a folder you can write to; nothing was written.</source>
        <translation>mentorpad mag niet schrijven in %1. Kies een map waarin je kunt schrijven; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>De map %1 bestaat niet; er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 is not a folder, so nothing can be saved in it.</source>
        <translation>%1 is geen map, dus er kan niets in bewaard worden.</translation>
    </message>
    <message>
        <source>%1 did not read back as written; nothing was saved.</source>
        <translation>%1 las niet terug zoals het geschreven was; er is niets bewaard.</translation>
    </message>
    <message>
        <source>The name %1 or the folders before it are too long for this disk. Choose a shorter name or a folder nearer the top; nothing was written.</source>
        <translation>De naam %1 of de mappen ervoor zijn te lang voor deze schijf. Kies een kortere naam of een map die minder diep ligt; er is niets geschreven.</translation>
    </message>
    <message>
        <source>save your changes</source>
        <comment>action</comment>
        <translation>het bewaren van je wijzigingen</translation>
    </message>
    <message>
        <source>add the mentee</source>
        <comment>action</comment>
        <translation>het toevoegen van de mentee</translation>
    </message>
    <message>
        <source>save the mentee</source>
        <comment>action</comment>
        <translation>het bewaren van de mentee</translation>
    </message>
    <message>
        <source>delete the mentee</source>
        <comment>action</comment>
        <translation>het verwijderen van de mentee</translation>
    </message>
    <message>
        <source>save your notes</source>
        <comment>action</comment>
        <translation>het bewaren van je notities</translation>
    </message>
    <message>
        <source>save the agreement</source>
        <comment>action</comment>
        <translation>het bewaren van de overeenkomst</translation>
    </message>
    <message>
        <source>add the session</source>
        <comment>action</comment>
        <translation>het toevoegen van de sessie</translation>
    </message>
    <message>
        <source>save a setting</source>
        <comment>action</comment>
        <translation>het bewaren van een instelling</translation>
    </message>
    <message>
        <source>save the session</source>
        <comment>action</comment>
        <translation>het bewaren van de sessie</translation>
    </message>
    <message>
        <source>delete the session</source>
        <comment>action</comment>
        <translation>het verwijderen van de sessie</translation>
    </message>
    <message>
        <source>save the themes</source>
        <comment>action</comment>
        <translation>het bewaren van de thema&apos;s</translation>
    </message>
    <message>
        <source>tag the theme</source>
        <comment>action</comment>
        <translation>het koppelen van het thema</translation>
    </message>
    <message>
        <source>add the commitment</source>
        <comment>action</comment>
        <translation>het toevoegen van het actiepunt</translation>
    </message>
    <message>
        <source>save the commitment</source>
        <comment>action</comment>
        <translation>het bewaren van het actiepunt</translation>
    </message>
    <message>
        <source>delete the commitment</source>
        <comment>action</comment>
        <translation>het verwijderen van het actiepunt</translation>
    </message>
    <message>
        <source>save the rating</source>
        <comment>action</comment>
        <translation>het bewaren van de score</translation>
    </message>
    <message>
        <source>remember the question</source>
        <comment>action</comment>
        <translation>het onthouden van de vraag</translation>
    </message>
    <message>
        <source>save your answers</source>
        <comment>action</comment>
        <translation>het bewaren van je antwoorden</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <comment>action</comment>
        <translation>het wijzigen van de wachtwoordzin</translation>
    </message>
    <message>
        <source>create the vault</source>
        <comment>action</comment>
        <translation>het aanmaken van de kluis</translation>
    </message>
    <message>
        <source>open the vault</source>
        <comment>action</comment>
        <translation>het openen van de kluis</translation>
    </message>
    <message>
        <source>read the commitments</source>
        <comment>action</comment>
        <translation>het lezen van de actiepunten</translation>
    </message>
    <message>
        <source>read the mentees</source>
        <comment>action</comment>
        <translation>het lezen van de mentees</translation>
    </message>
    <message>
        <source>read the ratings</source>
        <comment>action</comment>
        <translation>het lezen van de scores</translation>
    </message>
    <message>
        <source>read the sessions</source>
        <comment>action</comment>
        <translation>het lezen van de sessies</translation>
    </message>
    <message>
        <source>read the themes</source>
        <comment>action</comment>
        <translation>het lezen van de thema&apos;s</translation>
    </message>
    <message>
        <source>restore the backup</source>
        <comment>action</comment>
        <translation>het terugzetten van de back-up</translation>
    </message>
    <message>
        <source>search</source>
        <comment>action</comment>
        <translation>het zoeken</translation>
    </message>
    <message>
        <source>sync the vault</source>
        <comment>action</comment>
        <translation>de kluis synchroniseren</translation>
    </message>
    <message>
        <source>write the backup</source>
        <comment>action</comment>
        <translation>het wegschrijven van de back-up</translation>
    </message>
    <message>
        <source>A sync was interrupted while it saved (the disk was full, or mentorpad was stopped), and that unfinished save cannot be undone until there is room on the disk. The vault was not opened and nothing in it was changed: everything saved before that sync is still there. Free some space on the disk, then open the vault again.</source>
        <translation>Een synchronisatie werd onderbroken terwijl ze opsloeg (de schijf was vol, of mentorpad werd gestopt), en die onafgemaakte opslag kan pas ongedaan worden gemaakt als er ruimte op de schijf is. De kluis is niet geopend en er is niets in veranderd: alles wat vóór die synchronisatie was opgeslagen, is er nog. Maak wat ruimte vrij op de schijf en open de kluis dan opnieuw.</translation>
    </message>
    <message>
        <source>A sync was interrupted while it saved, and that unfinished save could not be undone now. The vault was not opened and nothing in it was changed: everything saved before that sync is still there. Close any other program using the vault, then open it again.</source>
        <translation>Een synchronisatie werd onderbroken terwijl ze opsloeg, en die onafgemaakte opslag kon nu niet ongedaan worden gemaakt. De kluis is niet geopend en er is niets in veranderd: alles wat vóór die synchronisatie was opgeslagen, is er nog. Sluit andere programma&apos;s die de kluis gebruiken en open ze dan opnieuw.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>The vault is being synced; try again in a moment.</source>
        <translation>De kluis wordt gesynchroniseerd; probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>That backup is the vault itself; choose a backup file.</source>
        <translation>Die back-up is de kluis zelf; kies een back-upbestand.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again. (If you are sure it is right, the file&apos;s header may be damaged: a backup will open.)</source>
        <translation>Die wachtwoordzin opent deze kluis niet. Controleer Caps Lock en de toetsenbordindeling en probeer opnieuw. (Ben je zeker dat ze klopt, dan is de kop van het bestand misschien beschadigd: een back-up zal wel opengaan.)</translation>
    </message>
    <message>
        <source>That key belongs to a different vault file.</source>
        <translation>Die sleutel hoort bij een ander kluisbestand.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes): it is not a mentorpad vault. If it should be your vault, it was emptied by something outside mentorpad: restore a backup.</source>
        <translation>Dit bestand is leeg (0 bytes): het is geen kluis van mentorpad. Hoort het je kluis te zijn, dan is het leeggemaakt door iets buiten mentorpad: zet een back-up terug.</translation>
    </message>
    <message>
        <source>This is an ordinary, unencrypted SQLite database, not a mentorpad vault. mentorpad never stores notes unencrypted.</source>
        <translation>Dit is een gewone, onversleutelde SQLite-database, geen kluis van mentorpad. mentorpad bewaart notities nooit onversleuteld.</translation>
    </message>
    <message>
        <source>This file is too small to be a mentorpad vault. If it should be your vault, it was cut short: restore a backup.</source>
        <translation>Dit bestand is te klein voor een kluis van mentorpad. Hoort het je kluis te zijn, dan is het ingekort: zet een back-up terug.</translation>
    </message>
    <message>
        <source>This file is not a mentorpad vault (its size does not fit the format). If it should be your vault, restore a backup.</source>
        <translation>Dit bestand is geen kluis van mentorpad (de grootte past niet bij het formaat). Hoort het je kluis te zijn, zet dan een back-up terug.</translation>
    </message>
    <message>
        <source>The passphrase is right, but the start of the vault file is damaged (page 1 fails its check), so it cannot be opened. Restore a backup; this file has not been changed.</source>
        <translation>De wachtwoordzin klopt, maar het begin van het kluisbestand is beschadigd (pagina 1 doorstaat de controle niet), dus het kan niet geopend worden. Zet een back-up terug; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The vault file is incomplete: its pages are intact but some are missing from its end, as after an interrupted copy. Restore a backup; this file has not been changed.</source>
        <translation>Het kluisbestand is onvolledig: de pagina&apos;s zijn intact, maar aan het einde ontbreken er enkele, zoals na een onderbroken kopie. Zet een back-up terug; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The vault file is incomplete: it ends part-way through a page, as after an interrupted copy. Restore a backup; this file has not been changed.</source>
        <translation>Het kluisbestand is onvolledig: het stopt halverwege een pagina, zoals na een onderbroken kopie. Zet een back-up terug; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The vault file is incomplete: pages are missing from its end, as after an interrupted copy. Restore a backup; this file has not been changed.</source>
        <translation>Het kluisbestand is onvolledig: aan het einde ontbreken pagina&apos;s, zoals na een onderbroken kopie. Zet een back-up terug; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>This is an encrypted database, but not one made by mentorpad, so it was left untouched.</source>
        <translation>Dit is een versleutelde database, maar niet een van mentorpad; ze is dus niet aangeraakt.</translation>
    </message>
    <message>
        <source>This vault is open in another mentorpad window or command. Close it there (or wait for the command to finish), then try again; nothing was changed.</source>
        <translation>Deze kluis is open in een ander venster of opdracht van mentorpad. Sluit ze daar (of wacht tot de opdracht klaar is) en probeer opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Another connection to the vault is busy, so the passphrase was not changed. Close other mentorpad windows and try again.</source>
        <translation>Een andere verbinding met de kluis is bezig, dus de wachtwoordzin is niet gewijzigd. Sluit de andere vensters van mentorpad en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The passphrase change could not be verified: the new passphrase does not open the vault. Your old passphrase still works.</source>
        <translation>De nieuwe wachtwoordzin kon niet gecontroleerd worden: ze opent de kluis niet. Je oude wachtwoordzin werkt nog.</translation>
    </message>
    <message>
        <source>The old passphrase still opens the vault: the change did not take.</source>
        <translation>De oude wachtwoordzin opent de kluis nog: de wijziging is niet doorgevoerd.</translation>
    </message>
    <message>
        <source>The backup did not verify: it is not readable as a vault.</source>
        <translation>De back-up doorstond de controle niet: ze is niet leesbaar als kluis.</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; it was discarded.</source>
        <translation>De back-up doorstond de controle na het wegschrijven niet; ze is verwijderd.</translation>
    </message>
    <message>
        <source>The disk is full, so mentorpad could not %1. Your text is still on screen: free some space and it will be saved.</source>
        <translation>De schijf is vol: %1 is niet gelukt. Je tekst staat nog op het scherm: maak wat ruimte vrij en hij wordt alsnog bewaard.</translation>
    </message>
    <message>
        <source>The disk is full, so mentorpad could not %1. Free some space and try again.</source>
        <translation>De schijf is vol: %1 is niet gelukt. Maak wat ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>mentorpad could not %1: the vault file could not be written (%2). Your text is still on screen.</source>
        <translation>mentorpad kon niet naar het kluisbestand schrijven (%2), dus %1 is niet gelukt. Je tekst staat nog op het scherm.</translation>
    </message>
    <message>
        <source>mentorpad could not %1 because the vault file is damaged. Restore a backup (File &gt; Restore from Backup…).</source>
        <translation>Het kluisbestand is beschadigd, dus %1 is niet gelukt. Zet een back-up terug (Bestand &gt; Terugzetten uit back-up…).</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Er staat geen kluis in %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault file.</source>
        <translation>%1 is een map, geen kluisbestand.</translation>
    </message>
    <message>
        <source>%1 already exists: mentorpad never overwrites a file.</source>
        <translation>%1 bestaat al: mentorpad overschrijft nooit een bestand.</translation>
    </message>
    <message>
        <source>The passphrase is right, but %1 page(s) of the vault are damaged, so it cannot be opened. Restore a backup; this file has not been changed.</source>
        <translation>De wachtwoordzin klopt, maar %1 pagina(&apos;s) van de kluis zijn beschadigd, dus ze kan niet geopend worden. Zet een back-up terug; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>This vault was written by a newer mentorpad (data format %1; this version knows up to %2). Update mentorpad to open it: nothing in the file was changed.</source>
        <translation>Deze kluis is geschreven door een nieuwere mentorpad (gegevensformaat %1; deze versie kent tot %2). Werk mentorpad bij om ze te openen: er is niets in het bestand gewijzigd.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>De back-up kon niet weggeschreven worden: %1</translation>
    </message>
    <message>
        <source>The backup did not verify after writing: %1</source>
        <translation>De back-up doorstond de controle na het wegschrijven niet: %1</translation>
    </message>
    <message>
        <source>This backup is damaged too: %1</source>
        <translation>Deze back-up is ook beschadigd: %1</translation>
    </message>
    <message>
        <source>the file ends part-way through a page</source>
        <translation>het bestand stopt halverwege een pagina</translation>
    </message>
    <message>
        <source>some records point to records that no longer exist</source>
        <translation>sommige gegevens verwijzen naar gegevens die niet meer bestaan</translation>
    </message>
    <message>
        <source>the authenticity check stopped: %1</source>
        <translation>de echtheidscontrole is gestopt: %1</translation>
    </message>
    <message>
        <source>structure check: %1</source>
        <translation>structuurcontrole: %1</translation>
    </message>
    <message>
        <source>The vault is damaged: %1</source>
        <translation>De kluis is beschadigd: %1</translation>
    </message>
    <message>
        <source>The vault is intact: all %1 pages verified.</source>
        <translation>De kluis is intact: alle %1 pagina&apos;s zijn gecontroleerd.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space and try again; nothing was left behind.</source>
        <translation>De schijf is vol: %1 kon niet geschreven worden. Maak wat ruimte vrij en probeer opnieuw; er is niets van achtergebleven.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was left behind.</source>
        <translation>%1 kon niet geschreven worden (%2); er is niets van achtergebleven.</translation>
    </message>
    <message>
        <source>No temporary file could be made in %1.</source>
        <translation>Er kon geen tijdelijk bestand gemaakt worden in %1.</translation>
    </message>
    <message>
        <source>The disk is full, so mentorpad could not %1: it needs a little free room beside the vault for its working files. The vault itself is intact (all %2 pages verified) and was not changed. Free some space and try again.</source>
        <translation>De schijf is vol: %1 is niet gelukt, want mentorpad heeft naast de kluis wat vrije ruimte nodig voor zijn werkbestanden. De kluis zelf is intact (alle %2 pagina&apos;s zijn gecontroleerd) en is niet gewijzigd. Maak wat ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The disk is full, so mentorpad could not %1. Free some space and try again; the vault was not changed.</source>
        <translation>De schijf is vol: %1 is niet gelukt. Maak wat ruimte vrij en probeer opnieuw; de kluis is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The disk is full, so the passphrase was not changed: changing it rewrites the whole vault and needs about %1 MB free beside it. Nothing was changed; your passphrase is still the old one. Free some space and try again.</source>
        <translation>De schijf is vol, dus de wachtwoordzin is niet gewijzigd: bij het wijzigen wordt de hele kluis herschreven, en daarvoor is naast de kluis ongeveer %1 MB vrije ruimte nodig. Er is niets gewijzigd; je wachtwoordzin is nog de oude. Maak wat ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk or in a folder mentorpad may not write to, so it can only be read. Copy it to a folder you can write to and use the copy; nothing was changed.</source>
        <translation>%1 staat op een alleen-lezen schijf of in een map waarin mentorpad niet mag schrijven, dus ze kan alleen gelezen worden. Kopieer ze naar een map waarin je kunt schrijven en gebruik de kopie; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 has changes in its -wal file that were never folded in (mentorpad was stopped while it had the vault open), and it is on a read-only disk or in a folder mentorpad may not write to, so they cannot be read there. Copy the vault and its -wal file to a folder you can write to and open the copy; nothing was changed.</source>
        <translation>%1 heeft wijzigingen in zijn -wal-bestand die nooit verwerkt zijn (mentorpad werd gestopt terwijl de kluis open was), en staat op een alleen-lezen schijf of in een map waarin mentorpad niet mag schrijven, dus ze kunnen daar niet gelezen worden. Kopieer de kluis en haar -wal-bestand naar een map waarin je kunt schrijven en open de kopie; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is still there (something wrote it during the restore), so the backup was not put in place.</source>
        <translation>%1 staat er nog (iets heeft het tijdens het terugzetten geschreven), dus de back-up is niet teruggezet.</translation>
    </message>
    <message>
        <source>The previous vault is kept at %1.</source>
        <translation>De vorige kluis is bewaard in %1.</translation>
    </message>
    <message>
        <source>Close every program that uses the vault, then restore again.</source>
        <translation>Sluit elk programma dat de kluis gebruikt en zet de back-up dan opnieuw terug.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Development report: %1</source>
        <translation>Ontwikkelingsrapport: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 for the mentor&apos;s own records. This file is not encrypted: keep it private and delete it when it has served its purpose.</source>
        <translation>Opgemaakt op %1, alleen voor de mentor zelf. Dit bestand is niet versleuteld: bewaar het privé en verwijder het zodra je het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Capable of more</source>
        <translation>Klaar voor meer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation>Loopt vast</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 vanaf %2</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Verloop van de fasen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Mentoringovereenkomst</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>om de %1 weken</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Tussentijdse evaluatie</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Overeengekomen op</translation>
    </message>
    <message>
        <source>Goals over time</source>
        <translation>Doelen door de tijd</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Doel %1: %2</translation>
    </message>
    <message>
        <source>Success looks like: %1</source>
        <translation>Zo ziet succes eruit: %1</translation>
    </message>
    <message>
        <source>Rated %1 times: from %2 to %3 (1 = far from the goal, 5 = reached).</source>
        <translation>%1 keer gescoord: van %2 naar %3 (1 = ver van het doel, 5 = bereikt).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste keer</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste keer</translation>
    </message>
    <message>
        <source>%1 held, %2 planned.</source>
        <translation>%1 gehouden, %2 gepland.</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Eerste sessie</translation>
    </message>
    <message>
        <source>Regular session</source>
        <translation>Gewone sessie</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (gepland)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>%1 of %2 due kept (%3 on time)</source>
        <translation>%1 van de %2 vervallen actiepunten nagekomen (%3 op tijd)</translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <translation>, %1 over tijd</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>afgerond %1</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>over tijd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>Mentoringovereenkomst</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>How we work</source>
        <translation>Hoe we samenwerken</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>We meet</source>
        <translation>We komen samen</translation>
    </message>
    <message>
        <source>from %1 to %2.</source>
        <translation>van %1 tot %2.</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Slotsessie</translation>
    </message>
    <message>
        <source>Contact between sessions</source>
        <translation>Contact tussen de sessies</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>De regel</translation>
    </message>
    <message>
        <source>Named exceptions</source>
        <translation>Uitdrukkelijke uitzonderingen</translation>
    </message>
    <message>
        <source>What may be reported, and by whom</source>
        <translation>Wat gerapporteerd mag worden, en door wie</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Belangenconflict</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Ending the mentoring (no-fault exit)</source>
        <translation>De mentoring beëindigen (zonder schuldvraag)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Session summary: %1</source>
        <translation>Samenvatting van de sessie: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>No summary written for this session.</source>
        <translation>Voor deze sessie is geen samenvatting geschreven.</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Openstaande actiepunten</translation>
    </message>
    <message>
        <source>No agreement recorded yet.</source>
        <translation>Nog geen mentoringovereenkomst vastgelegd.</translation>
    </message>
    <message>
        <source>No goals agreed yet.</source>
        <translation>Nog geen doelen afgesproken.</translation>
    </message>
    <message>
        <source>No themes tagged yet.</source>
        <translation>Nog geen thema&apos;s gekoppeld.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Nog geen sessies.</translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation>Nog geen actiepunten.</translation>
    </message>
    <message>
        <source>Still to be agreed:</source>
        <translation>Nog overeen te komen:</translation>
    </message>
    <message>
        <source>New in the role</source>
        <translation>Nieuw in de rol</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>1 commitment, none due yet.</source>
        <translation>1 actiepunt, nog geen enkel vervallen.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Nog niet gescoord.</translation>
    </message>
    <message>
        <source>%1 commitments, none due yet.</source>
        <translation>%1 actiepunten, nog geen enkel vervallen.</translation>
    </message>
    <message>
        <source>None of %1 due kept yet</source>
        <translation>Nog geen van de %1 vervallen actiepunten nagekomen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
</context>
</TS>
