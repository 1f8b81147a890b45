<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>mentorpad icon</source>
        <translation>Icône de mentorpad</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>A private, offline companion for mentors: encrypted session notes and a playbook.</source>
        <translation>Un compagnon privé et hors ligne pour les mentors&#xa0;: des notes de séance chiffrées et un playbook.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Où se trouvent vos données</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Settings folder</source>
        <translation>Dossier des paramètres</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Vault (encrypted)</source>
        <translation>Coffre (chiffré)</translation>
    </message>
    <message>
        <source>Your notes are only in the vault, encrypted. The settings folder holds the window size, theme, language and the last vault&apos;s location; nothing about your mentees.</source>
        <translation>Vos notes se trouvent uniquement dans le coffre, chiffrées. Le dossier des paramètres contient la taille de la fenêtre, le thème, la langue et l&apos;emplacement du dernier coffre&#xa0;; rien sur vos mentorés.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Licences of mentorpad and the software it uses</source>
        <translation>Licences de mentorpad et des logiciels qu&apos;il utilise</translation>
    </message>
    <message>
        <source>mentorpad is free software under the MIT licence.</source>
        <translation>mentorpad est un logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Qt and Qt for Python (PySide6, Shiboken6) are © The Qt Company Ltd and contributors, used under the GNU Lesser General Public License version 3 (LGPL v3). mentorpad uses Qt&apos;s libraries unmodified, as separate shared libraries, and you may replace them with your own build of a compatible version (in the installed app they are the files in the PySide6 folder). The licence text: https://www.gnu.org/licenses/lgpl-3.0.html; Qt&apos;s source code: https://download.qt.io/. Qt includes third-party parts such as ICU (Unicode licence), listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html.</source>
        <translation>Qt et Qt for Python (PySide6, Shiboken6) sont © The Qt Company Ltd et ses contributeurs, utilisés sous la GNU Lesser General Public License version 3 (LGPL v3). mentorpad utilise les bibliothèques de Qt sans modification, sous forme de bibliothèques partagées distinctes, et vous pouvez les remplacer par votre propre compilation d&apos;une version compatible (dans l&apos;application installée, ce sont les fichiers du dossier PySide6). Le texte de la licence&#xa0;: https://www.gnu.org/licenses/lgpl-3.0.html&#xa0;; le code source de Qt&#xa0;: https://download.qt.io/. Qt comprend des composants tiers, comme ICU (licence Unicode), répertoriés sur https://doc.qt.io/qt-6/licenses-used-in-qt.html.</translation>
    </message>
    <message>
        <source>© Zetetic LLC, under a BSD-style licence. SQLCipher is built on SQLite, which is in the public domain, and uses OpenSSL&apos;s cryptography (Apache License 2.0).</source>
        <translation>© Zetetic LLC, sous une licence de type BSD. SQLCipher repose sur SQLite, qui appartient au domaine public, et utilise la cryptographie d&apos;OpenSSL (Apache License 2.0).</translation>
    </message>
    <message>
        <source>The Python binding for SQLCipher, by Charles Leifer, based on pysqlite by Gerhard Häring; under the zlib licence.</source>
        <translation>La liaison Python pour SQLCipher, par Charles Leifer, basée sur pysqlite de Gerhard Häring&#xa0;; sous licence zlib.</translation>
    </message>
    <message>
        <source>© The Python Markdown Project, under the BSD licence.</source>
        <translation>© The Python Markdown Project, sous licence BSD.</translation>
    </message>
    <message>
        <source>© the platformdirs contributors, under the MIT licence.</source>
        <translation>© les contributeurs de platformdirs, sous licence MIT.</translation>
    </message>
    <message>
        <source>© Python Software Foundation, under the PSF License Agreement. Python&apos;s hashlib uses OpenSSL (Apache License 2.0).</source>
        <translation>© Python Software Foundation, sous le PSF License Agreement. Le module hashlib de Python utilise OpenSSL (Apache License 2.0).</translation>
    </message>
    <message>
        <source>System libraries</source>
        <translation>Bibliothèques système</translation>
    </message>
    <message>
        <source>The Linux bundle also carries unmodified system libraries (GLib, D-Bus, FreeType, Fontconfig, libxcb, xkbcommon and others), each under its own free licence.</source>
        <translation>La version Linux embarque aussi des bibliothèques système non modifiées (GLib, D-Bus, FreeType, Fontconfig, libxcb, xkbcommon et d&apos;autres), chacune sous sa propre licence libre.</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Save agreement</source>
        <translation>Enregistrer l&apos;accord</translation>
    </message>
    <message>
        <source>Guided setup…</source>
        <translation>Mise en place guidée…</translation>
    </message>
    <message>
        <source>Export for the mentee…</source>
        <translation>Exporter pour le mentoré…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>No agreement yet: the guided setup walks you through it in the first session.</source>
        <translation>Pas encore d&apos;accord&#xa0;: la mise en place guidée vous accompagne pas à pas lors de la première séance.</translation>
    </message>
    <message>
        <source>Agreement saved.</source>
        <translation>Accord enregistré.</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>Default: nothing leaves the room</source>
        <translation>Par défaut&#xa0;: rien ne sort de la pièce</translation>
    </message>
    <message>
        <source>Named exceptions</source>
        <translation>Exceptions explicites</translation>
    </message>
    <message>
        <source>What may be reported, and by whom</source>
        <translation>Ce qui peut être communiqué, et par qui</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>How we give each other feedback</source>
        <translation>Comment nous nous donnons du feedback</translation>
    </message>
    <message>
        <source>No-fault exit</source>
        <translation>Fin sans reproche</translation>
    </message>
    <message>
        <source>Contact between sessions</source>
        <translation>Contact entre les séances</translation>
    </message>
    <message>
        <source>What we discuss stays between the two of us. I keep my notes encrypted on my own computer and share them with no one: not your manager, not HR, not the programme.</source>
        <translation>Ce dont nous parlons reste entre nous deux. Je conserve mes notes chiffrées sur mon propre ordinateur et ne les partage avec personne&#xa0;: ni avec votre responsable, ni avec les RH, ni avec le programme.</translation>
    </message>
    <message>
        <source>I would break confidentiality only if I learned of a risk of serious harm to you or someone else, or of unlawful or seriously unethical conduct. I would tell you first what I need to share, and with whom.</source>
        <translation>Je ne romprais la confidentialité que si j&apos;apprenais l&apos;existence d&apos;un risque de préjudice grave pour vous ou pour quelqu&apos;un d&apos;autre, ou d&apos;un comportement illégal ou gravement contraire à l&apos;éthique. Je vous dirais d&apos;abord ce que je dois partager, et avec qui.</translation>
    </message>
    <message>
        <source>The programme hears only that we meet and how often. Anything more we agree together first, and you decide what is said about your development.</source>
        <translation>Le programme sait seulement que nous nous voyons, et à quelle fréquence. Pour tout le reste, nous nous mettons d&apos;abord d&apos;accord, et c&apos;est vous qui décidez de ce qui est dit sur votre développement.</translation>
    </message>
    <message>
        <source>Neither of us is in the other&apos;s reporting line. If that changes, or a decision about your role or pay comes my way, I step out of it and we talk about what it means for our sessions.</source>
        <translation>Aucun de nous ne fait partie de la ligne hiérarchique de l&apos;autre. Si cela change, ou si une décision sur votre fonction ou votre rémunération me revient, je m&apos;en retire et nous parlons de ce que cela signifie pour nos séances.</translation>
    </message>
    <message>
        <source>We close each session with what helped and what did not, and at the mid-point we review the relationship itself. Either of us can raise something at any time.</source>
        <translation>Nous terminons chaque séance par ce qui a aidé et ce qui n&apos;a pas aidé, et au bilan à mi-parcours nous faisons le point sur la relation elle-même. Chacun de nous peut aborder un sujet à tout moment.</translation>
    </message>
    <message>
        <source>Either of us can end the mentoring at any time, without giving reasons and without consequences. We say so openly and, if you like, look for another mentor together.</source>
        <translation>Chacun de nous peut mettre fin au mentorat à tout moment, sans se justifier et sans conséquences. Nous le disons ouvertement et, si vous le souhaitez, nous cherchons ensemble un autre mentor.</translation>
    </message>
    <message>
        <source>Between sessions, short questions by message are welcome; I answer within two working days.</source>
        <translation>Entre les séances, les courtes questions par message sont les bienvenues&#xa0;; je réponds dans les deux jours ouvrables.</translation>
    </message>
    <message>
        <source>Goals (one to three)</source>
        <translation>Objectifs (un à trois)</translation>
    </message>
    <message>
        <source>What the mentee wants to achieve</source>
        <translation>Ce que le mentoré veut atteindre</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>How we will know: a visible sign of success</source>
        <translation>Comment nous le saurons&#xa0;: un signe visible de réussite</translation>
    </message>
    <message>
        <source>Success indicator for goal %1</source>
        <translation>Indicateur de réussite de l&apos;objectif %1</translation>
    </message>
    <message>
        <source>Success indicator</source>
        <translation>Indicateur de réussite</translation>
    </message>
    <message>
        <source>Rhythm and term</source>
        <translation>Rythme et durée</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Début du parcours</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Séance de clôture</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Working together</source>
        <translation>Travailler ensemble</translation>
    </message>
    <message>
        <source>Add at least one goal: it is what the mentoring is for.</source>
        <translation>Ajoutez au moins un objectif&#xa0;: c&apos;est la raison d&apos;être du mentorat.</translation>
    </message>
    <message>
        <source>The closing date must come after the start of the term.</source>
        <translation>La date de fin doit suivre le début du parcours.</translation>
    </message>
</context>
<context>
    <name>AgreementWizard</name>
    <message>
        <source>Mentoring agreement</source>
        <translation>Accord de mentorat</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Ask what the mentee wants from these months, in their words. Agree one to three goals and, for each, what you would both see when it is reached.</source>
        <translation>Demandez au mentoré ce qu&apos;il attend de ces mois, avec ses propres mots. Convenez d&apos;un à trois objectifs et, pour chacun, de ce que vous verriez tous les deux une fois l&apos;objectif atteint.</translation>
    </message>
    <message>
        <source>Rhythm and term</source>
        <translation>Rythme et durée</translation>
    </message>
    <message>
        <source>Agree how often you meet and for how long. Put the mid-point review and the closing session in both calendars now.</source>
        <translation>Convenez de la fréquence et de la durée de vos rencontres. Inscrivez dès maintenant le bilan à mi-parcours et la séance de clôture dans vos deux agendas.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Say plainly what stays between you, the few exceptions, and what, if anything, the programme hears.</source>
        <translation>Dites clairement ce qui reste entre vous, quelles sont les rares exceptions et ce que le programme apprend, le cas échéant.</translation>
    </message>
    <message>
        <source>Working together</source>
        <translation>Travailler ensemble</translation>
    </message>
    <message>
        <source>Agree how you give each other feedback, how to reach each other between sessions, and that either of you can end it without blame.</source>
        <translation>Convenez de la manière de vous donner du feedback, de vous joindre entre les séances, et du fait que chacun de vous peut y mettre fin sans reproche.</translation>
    </message>
    <message>
        <source>Before you finish</source>
        <translation>Avant de terminer</translation>
    </message>
    <message>
        <source>Did you cover everything the first session is for?</source>
        <translation>Avez-vous abordé tout ce à quoi sert la première séance&#xa0;?</translation>
    </message>
    <message>
        <source>Add at least one goal: it is what the mentoring is for.</source>
        <translation>Ajoutez au moins un objectif&#xa0;: c&apos;est la raison d&apos;être du mentorat.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>%1: “%2” was due on %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» était prévu pour le %3.</translation>
    </message>
    <message>
        <source>It is yours.</source>
        <translation>C&apos;est le vôtre.</translation>
    </message>
    <message>
        <source>%1: %2 commitments are overdue, the oldest since %3 (“%4”).</source>
        <translation>%1&#xa0;: %2 engagements sont en retard, le plus ancien depuis le %3 («&#xa0;%4&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are yours.</source>
        <translation>
            <numerusform>Vous en portez %n.</numerusform>
            <numerusform>Vous en portez %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no session yet, %2 weeks after the start on %3.</source>
        <translation>%1&#xa0;: pas encore de séance, %2 semaines après le début le %3.</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>toutes les %1 semaines</translation>
    </message>
    <message>
        <source>%1: no session for %2 weeks (you meet %3); the relationship has gone quiet.</source>
        <translation>%1&#xa0;: aucune séance depuis %2 semaines (vous vous voyez %3)&#xa0;; la relation est devenue silencieuse.</translation>
    </message>
    <message>
        <source>%1: plan the first session.</source>
        <translation>%1&#xa0;: planifiez la première séance.</translation>
    </message>
    <message>
        <source>%1: a session was due on %2 (%3 days ago); none is planned.</source>
        <translation>%1&#xa0;: une séance était prévue pour le %2 (il y a %3 jours)&#xa0;; aucune n&apos;est planifiée.</translation>
    </message>
    <message>
        <source>%1: a session is due today; none is planned yet.</source>
        <translation>%1&#xa0;: une séance est due aujourd&apos;hui&#xa0;; aucune n&apos;est encore planifiée.</translation>
    </message>
    <message>
        <source>%1: a session is due on %2; none is planned yet.</source>
        <translation>%1&#xa0;: une séance est due le %2&#xa0;; aucune n&apos;est encore planifiée.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>%1: mid-point review on %2 (%3).</source>
        <translation>%1&#xa0;: bilan à mi-parcours le %2 (%3).</translation>
    </message>
    <message>
        <source>%1: closing session on %2 (%3).</source>
        <translation>%1&#xa0;: séance de clôture le %2 (%3).</translation>
    </message>
    <message>
        <source>%1: no agreement yet; agree goals, cadence and confidentiality.</source>
        <translation>%1&#xa0;: pas encore d&apos;accord&#xa0;; convenez des objectifs, du rythme et de la confidentialité.</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Sauvegardes de ce coffre</translation>
    </message>
    <message>
        <source>Backups of this vault in %1, newest first:</source>
        <translation>Sauvegardes de ce coffre dans %1, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>There are no backups of this vault in %1. Choose a backup file with Other File….</source>
        <translation>Il n&apos;y a aucune sauvegarde de ce coffre dans %1. Choisissez un fichier de sauvegarde avec Autre fichier….</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Other File…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2&#xa0;Ko)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choisissez une sauvegarde à restaurer</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2 in total over %3 periods, highest %4 in %5</source>
        <translation>%1&#xa0;: %2 au total sur %3 périodes, maximum %4 en %5</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Choose a new passphrase of a few words.</source>
        <translation>Choisissez une nouvelle phrase secrète de quelques mots.</translation>
    </message>
    <message>
        <source>The two new passphrases do not match yet.</source>
        <translation>Les deux nouvelles phrases secrètes ne correspondent pas encore.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Me (mentor)</source>
        <translation>Moi (mentor)</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Edited on two devices</source>
        <translation>Modifié sur deux appareils</translation>
    </message>
    <message>
        <source>Now in the vault</source>
        <translation>Actuellement dans le coffre</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>L&apos;autre version</translation>
    </message>
    <message>
        <source>Keep what is in the vault</source>
        <translation>Garder ce qui est dans le coffre</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Utiliser l&apos;autre version</translation>
    </message>
    <message>
        <source>Keep both, one after the other</source>
        <translation>Garder les deux, l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>No conflicts left: every device agrees.</source>
        <translation>Plus aucun conflit&#xa0;: tous les appareils concordent.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>(deleted on a device)</source>
        <translation>(supprimé sur un appareil)</translation>
    </message>
    <message>
        <source>Let this text go</source>
        <translation>Abandonner ce texte</translation>
    </message>
    <message>
        <source>a commitment</source>
        <translation>un engagement</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>un objectif</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>l&apos;accord de mentorat</translation>
    </message>
    <message>
        <source>%1 of something that was deleted since</source>
        <translation>%1 d&apos;un élément supprimé depuis</translation>
    </message>
    <message>
        <source>%1 of %2, session of %3</source>
        <translation>%1 de %2, séance du %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>DevelopmentCharts</name>
    <message>
        <source>Themes by month</source>
        <translation>Thèmes par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>No themes yet: tag sessions with playbook themes.</source>
        <translation>Pas encore de thèmes&#xa0;: associez des thèmes du playbook à vos séances.</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Commitments kept vs due</source>
        <translation>Engagements tenus par rapport aux engagements échus</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Month due</source>
        <translation>Mois de l&apos;échéance</translation>
    </message>
    <message>
        <source>No commitment has fallen due yet.</source>
        <translation>Aucun engagement n&apos;est encore arrivé à échéance.</translation>
    </message>
    <message>
        <source>Mid-point</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Objectif %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ratings for goal %1</source>
        <translation>Notes de l&apos;objectif %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échus</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Tenus</translation>
    </message>
</context>
<context>
    <name>DevelopmentView</name>
    <message>
        <source>Export Report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Save this development report as a PDF or Markdown file (not encrypted)</source>
        <translation>Enregistrer ce rapport d&apos;évolution en PDF ou en Markdown (non chiffré)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Development report: %1</source>
        <translation>Rapport d&apos;évolution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Development report - %1</source>
        <translation>Rapport d&apos;évolution - %1</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Pas encore d&apos;accord.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>Toutes les %1 semaines</translation>
    </message>
    <message>
        <source>term %1 to %2</source>
        <translation>parcours du %1 au %2</translation>
    </message>
    <message>
        <source>mid-point %1</source>
        <translation>mi-parcours le %1</translation>
    </message>
    <message>
        <source>1 session held</source>
        <translation>1 séance tenue</translation>
    </message>
    <message>
        <source>%1 sessions held</source>
        <translation>%1 séances tenues</translation>
    </message>
    <message>
        <source>commitments: %1 of %2 due kept (%3 on time)</source>
        <translation>engagements&#xa0;: %1 sur %2 échus tenus (%3 à temps)</translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <translation>, %1 en retard</translation>
    </message>
    <message>
        <source>no commitment due yet</source>
        <translation>aucun engagement encore échu</translation>
    </message>
</context>
<context>
    <name>DimensionCard</name>
    <message>
        <source>From your session reflections</source>
        <translation>Selon vos réflexions après les séances</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Try this: %1</source>
        <translation>Essayez ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recommended setting: %1. %2</source>
        <translation>Paramètre recommandé&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Recommended setting: %1</source>
        <translation>Paramètre recommandé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read in the playbook: %1</source>
        <translation>Lire dans le playbook&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportWarningBox</name>
    <message>
        <source>Save outside the vault</source>
        <translation>Enregistrer hors du coffre</translation>
    </message>
    <message>
        <source>“%1” will be written to a file outside your encrypted vault.</source>
        <translation>«&#xa0;%1&#xa0;» sera écrit dans un fichier en dehors de votre coffre chiffré.</translation>
    </message>
    <message>
        <source>About %1 words of text, with charts.</source>
        <translation>Environ %1 mots de texte, avec des graphiques.</translation>
    </message>
    <message>
        <source>About %1 words of text.</source>
        <translation>Environ %1 mots de texte.</translation>
    </message>
    <message>
        <source>The file is NOT encrypted: anyone who can open the folder you choose next can read it, and backup or sync tools may copy it elsewhere. Choose a private folder, not a shared or cloud-synced one, and delete the file when you no longer need it.</source>
        <translation>Le fichier n&apos;est PAS chiffré&#xa0;: toute personne ayant accès au dossier que vous allez choisir peut le lire, et les outils de sauvegarde ou de synchronisation peuvent le copier ailleurs. Choisissez un dossier privé, ni partagé ni synchronisé avec le cloud, et supprimez le fichier quand vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Enregistrer en Markdown…</translation>
    </message>
</context>
<context>
    <name>HeatMapChart</name>
    <message>
        <source>%1 themes over %2 months; most frequent: %3 (%4 sessions)</source>
        <translation>%1 thèmes sur %2 mois&#xa0;; le plus fréquent&#xa0;: %3 (%4 séances)</translation>
    </message>
    <message>
        <source>Sessions in a month:</source>
        <translation>Séances par mois&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Every attempt</source>
        <translation>Toutes les passations</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Passations</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open a completed attempt to see its results, or continue an unfinished one.</source>
        <translation>Ouvrez une passation terminée pour voir ses résultats, ou reprenez une passation inachevée.</translation>
    </message>
    <message>
        <source>Trend per dimension</source>
        <translation>Évolution par dimension</translation>
    </message>
    <message>
        <source>Compare two attempts</source>
        <translation>Comparer deux passations</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Première passation</translation>
    </message>
    <message>
        <source>Second attempt</source>
        <translation>Deuxième passation</translation>
    </message>
    <message>
        <source>Change per dimension</source>
        <translation>Écart par dimension</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Deuxième</translation>
    </message>
</context>
<context>
    <name>HomeArea</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Welcome. Three steps to start</source>
        <translation>Bienvenue. Trois étapes pour commencer</translation>
    </message>
    <message>
        <source>1. Add a mentee under Mentees (a code name is fine).
2. Set the agreement: one to three goals, how often you meet, and the confidentiality rules.
3. Plan the first session.

From then on this page shows, at a glance, what needs your attention each week: commitments overdue, sessions due, relationships gone quiet and reviews coming up.</source>
        <translation>1. Ajoutez un mentoré dans Mentorés (un nom de code suffit).
2. Établissez l&apos;accord&#xa0;: un à trois objectifs, la fréquence de vos rencontres et les règles de confidentialité.
3. Planifiez la première séance.

Ensuite, cette page montre d&apos;un coup d&apos;œil ce qui demande votre attention chaque semaine&#xa0;: engagements en retard, séances à prévoir, relations devenues silencieuses et bilans à venir.</translation>
    </message>
    <message>
        <source>Add a Mentee…</source>
        <translation>Ajouter un mentoré…</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Your Practice</source>
        <translation>Votre pratique</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>What needs your attention this week</source>
        <translation>Ce qui demande votre attention cette semaine</translation>
    </message>
    <message>
        <source>Active mentees</source>
        <translation>Mentorés actifs</translation>
    </message>
    <message>
        <source>Double-click a mentee, or press Enter, to open them.</source>
        <translation>Double-cliquez sur un mentoré, ou appuyez sur Entrée, pour ouvrir sa fiche.</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Séances par mois</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>No sessions held in the last 12 months.</source>
        <translation>Aucune séance tenue au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>Talk share and advising before asking</source>
        <translation>Temps de parole et conseils avant les questions</translation>
    </message>
    <message>
        <source>Nothing recorded yet. After a session, note in your reflection how much of the talking you did and whether you advised before asking.</source>
        <translation>Rien de noté pour le moment. Après une séance, notez dans votre réflexion la part du temps où vous avez parlé et si vous avez conseillé avant de questionner.</translation>
    </message>
    <message>
        <source>Themes across your mentees</source>
        <translation>Thèmes chez vos mentorés</translation>
    </message>
    <message>
        <source>No active mentees. Paused and closed mentees are not listed here.</source>
        <translation>Aucun mentoré actif. Les mentorés en pause ou clôturés n&apos;apparaissent pas ici.</translation>
    </message>
    <message>
        <source>Nothing needs your attention this week.</source>
        <translation>Rien ne demande votre attention cette semaine.</translation>
    </message>
    <message>
        <source>Nothing is due this week; coming up:</source>
        <translation>Rien n&apos;est dû cette semaine&#xa0;; à venir&#xa0;:</translation>
    </message>
    <message>
        <source>1 thing needs your attention this week.</source>
        <translation>Un point demande votre attention cette semaine.</translation>
    </message>
    <message>
        <source>%1 things need your attention this week.</source>
        <translation>%1 points demandent votre attention cette semaine.</translation>
    </message>
    <message>
        <source>Your share of the talking</source>
        <translation>Votre part du temps de parole</translation>
    </message>
    <message>
        <source>Sessions where you advised before asking</source>
        <translation>Séances où vous avez conseillé avant de questionner</translation>
    </message>
    <message>
        <source>1 session held in the last 12 months.</source>
        <translation>1 séance tenue au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>%1 sessions held in the last 12 months.</source>
        <translation>%1 séances tenues au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>On average you did %1% of the talking.</source>
        <translation>En moyenne, vous avez parlé %1&#xa0;% du temps.</translation>
    </message>
    <message>
        <source>You advised before asking in %1% of the sessions you reflected on.</source>
        <translation>Vous avez conseillé avant de questionner dans %1&#xa0;% des séances sur lesquelles vous avez réfléchi.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (touche %2)</translation>
    </message>
    <message>
        <source>%1 (key 0 or N)</source>
        <translation>%1 (touche 0 ou N)</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore répondu</translation>
    </message>
    <message>
        <source>Answer: %1. Keys 1 to 5 answer, 0 or N: not yet applicable.</source>
        <translation>Réponse&#xa0;: %1. Touches 1 à 5 pour répondre, 0 ou N&#xa0;: pas encore applicable.</translation>
    </message>
</context>
<context>
    <name>KeptEditsBanner</name>
    <message>
        <source>Put back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message numerus="yes">
        <source>Before the vault locked, %n change(s) could not be saved. They were kept in memory only, never written to disk. Put them back where they belong?
%1</source>
        <translation>
            <numerusform>Avant le verrouillage du coffre, %n modification n’a pas pu être enregistrée. Elle a été gardée en mémoire seulement, jamais écrite sur le disque. La remettre à sa place&#xa0;?
%1</numerusform>
            <numerusform>Avant le verrouillage du coffre, %n modifications n’ont pas pu être enregistrées. Elles ont été gardées en mémoire seulement, jamais écrites sur le disque. Les remettre à leur place&#xa0;?
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>%1: %2 points from %3 to %4, latest %5</source>
        <translation>%1&#xa0;: %2 points du %3 au %4, dernier %5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show %1 (%2)</source>
        <translation>Afficher %1 (%2)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open Another Vault…</source>
        <translation>Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <source>New Vault…</source>
        <translation>Nouveau coffre…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Sync Folder…</source>
        <translation>Dossier de synchronisation…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Review Sync Conflicts…</source>
        <translation>Examiner les conflits de synchronisation…</translation>
    </message>
    <message>
        <source>Join a Synced Vault…</source>
        <translation>Rejoindre un coffre synchronisé…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Presenting Mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Blur mentee names and notes while you share your screen</source>
        <translation>Flouter les noms des mentorés et les notes pendant le partage d&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>About mentorpad</source>
        <translation>À propos de mentorpad</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Demo vault. Its passphrase is: %1</source>
        <translation>Coffre de démonstration. Sa phrase secrète est&#xa0;: %1</translation>
    </message>
    <message>
        <source>mentorpad (locked)</source>
        <translation>mentorpad (verrouillé)</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) due by the agreed rhythm this week: see Home.</source>
        <translation>
            <numerusform>%n séance est due cette semaine selon le rythme convenu&#xa0;: voir Accueil.</numerusform>
            <numerusform>%n séances sont dues cette semaine selon le rythme convenu&#xa0;: voir Accueil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>The vault needs attention</source>
        <translation>Le coffre demande votre attention</translation>
    </message>
    <message>
        <source>Your notes are still open. Make a backup now (File &gt; Back Up Now) and keep older backups until this is resolved.</source>
        <translation>Vos notes sont toujours ouvertes. Faites une sauvegarde maintenant (Fichier &gt; Sauvegarder maintenant) et conservez les sauvegardes plus anciennes jusqu&apos;à ce que le problème soit résolu.</translation>
    </message>
    <message>
        <source>Presenting mode: names and notes are blurred</source>
        <translation>Mode présentation&#xa0;: les noms et les notes sont floutés</translation>
    </message>
    <message>
        <source>Presenting mode off</source>
        <translation>Mode présentation désactivé</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase of that backup (the one in use when it was made):</source>
        <translation>Phrase secrète de cette sauvegarde (celle en usage au moment où elle a été faite)&#xa0;:</translation>
    </message>
    <message>
        <source>The backup was verified and restored. Unlock it with its passphrase.</source>
        <translation>La sauvegarde a été vérifiée et restaurée. Déverrouillez-la avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>The vault it replaced is kept at %1</source>
        <translation>Le coffre qu&apos;elle remplace est conservé dans %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Créer un nouveau coffre</translation>
    </message>
    <message>
        <source>mentorpad vaults (*.vault);;All files (*)</source>
        <translation>Coffres mentorpad (*.vault);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Phrase secrète incorrecte</translation>
    </message>
    <message>
        <source>The current passphrase is not right; nothing changed.</source>
        <translation>La phrase secrète actuelle n&apos;est pas correcte&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <source>Your new passphrase is set and verified. The old one no longer opens this vault (older backups still open with it).</source>
        <translation>Votre nouvelle phrase secrète est définie et vérifiée. L&apos;ancienne n&apos;ouvre plus ce coffre (les sauvegardes plus anciennes s&apos;ouvrent encore avec elle).</translation>
    </message>
    <message>
        <source>The new language is used the next time you start mentorpad.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de mentorpad.</translation>
    </message>
    <message>
        <source>Could not save window settings.</source>
        <translation>Les paramètres de la fenêtre n&apos;ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>Quit anyway and lose the unsaved edit?</source>
        <translation>Quitter quand même et perdre la modification non enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync folder: a folder your sync tool or USB stick carries</source>
        <translation>Dossier de synchronisation&#xa0;: un dossier que votre outil de synchronisation ou votre clé USB transporte</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>The sync folder your other computer syncs with</source>
        <translation>Le dossier de synchronisation de votre autre ordinateur</translation>
    </message>
    <message>
        <source>Join a synced vault</source>
        <translation>Rejoindre un coffre synchronisé</translation>
    </message>
    <message>
        <source>The passphrase of your vault on the other computer:</source>
        <translation>La phrase secrète de votre coffre sur l&apos;autre ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Joining the synced vault… this can take a minute for a large vault.</source>
        <translation>Rejoindre le coffre synchronisé… cela peut prendre une minute pour un grand coffre.</translation>
    </message>
    <message>
        <source>The synced vault is ready: unlock it to open it.</source>
        <translation>Le coffre synchronisé est prêt&#xa0;: déverrouillez-le pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Some texts were edited on two devices. Both versions are kept: choose which to keep with File &gt; Review Sync Conflicts… (or the button in the status bar).</source>
        <translation>Certains textes ont été modifiés sur deux appareils. Les deux versions sont conservées&#xa0;: choisissez laquelle garder via Fichier &gt; Examiner les conflits de synchronisation… (ou le bouton de la barre d&apos;état).</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>The new passphrase (it then opens this vault too):</source>
        <translation>La nouvelle phrase secrète (elle ouvrira aussi ce coffre)&#xa0;:</translation>
    </message>
    <message>
        <source>That is not the passphrase the other device uses now; nothing was changed.</source>
        <translation>Ce n&apos;est pas la phrase secrète qu&apos;utilise l&apos;autre appareil&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 from %2 fails its authenticity check (damaged or altered); it was not applied.</source>
        <translation>%1 de %2 échoue au contrôle d&apos;authenticité (endommagé ou modifié)&#xa0;; il n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>%1 from %2 was written by a newer mentorpad; update mentorpad here to apply it.</source>
        <translation>%1 de %2 a été écrit par un mentorpad plus récent&#xa0;; mettez mentorpad à jour ici pour l&apos;appliquer.</translation>
    </message>
    <message>
        <source>%1 from %2 was written with your previous passphrase: unlock that device with it, then change it to the new one there.</source>
        <translation>%1 de %2 a été écrit avec votre ancienne phrase secrète&#xa0;: déverrouillez cet appareil avec elle, puis remplacez-la par la nouvelle.</translation>
    </message>
    <message>
        <source>%1 from %2 is a copy a file-sync tool made, different from the original; its changes were applied too.</source>
        <translation>%1 de %2 est une copie faite par un outil de synchronisation, différente de l&apos;original&#xa0;; ses modifications ont aussi été appliquées.</translation>
    </message>
    <message>
        <source>%1 from %2 belongs to another vault; it was left alone.</source>
        <translation>%1 de %2 appartient à un autre coffre&#xa0;; il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>This device lost its record of the last sync (the .syncbase file beside the vault): changes made here since that sync could not be told apart and were not sent; they remain on this device.</source>
        <translation>Cet appareil a perdu la trace de la dernière synchronisation (le fichier .syncbase à côté du coffre)&#xa0;: les modifications faites ici depuis n&apos;ont pas pu être distinguées et n&apos;ont pas été envoyées&#xa0;; elles restent sur cet appareil.</translation>
    </message>
    <message>
        <source>The vault file is inside the sync folder %1: your sync tool would copy the vault file itself, which is how vaults get damaged or roll back. Nothing was changed. Choose a folder that does not hold the vault, or move the vault out of it.</source>
        <translation>Le fichier du coffre se trouve dans le dossier de synchronisation %1&#xa0;: votre outil de synchronisation copierait le fichier du coffre lui-même, et c&apos;est ainsi que des coffres s&apos;abîment ou reviennent à un état antérieur. Rien n&apos;a été modifié. Choisissez un dossier qui ne contient pas le coffre, ou sortez-en le coffre.</translation>
    </message>
    <message>
        <source>The sync folder %1 is not there (an unplugged drive, or a sync tool that is not running?). Nothing was changed; mentorpad tries again later.</source>
        <translation>Le dossier de synchronisation %1 est introuvable (un disque débranché, ou un outil de synchronisation arrêté&#xa0;?). Rien n&apos;a été modifié&#xa0;; mentorpad réessaiera plus tard.</translation>
    </message>
    <message>
        <source>This folder holds another vault&apos;s sync data. Choose the folder this vault syncs with (File &gt; Sync Folder…), or an empty one.</source>
        <translation>Ce dossier contient les données de synchronisation d&apos;un autre coffre. Choisissez le dossier de ce coffre (Fichier &gt; Dossier de synchronisation…) ou un dossier vide.</translation>
    </message>
    <message>
        <source>Another vault publishes changes under this device&apos;s identity in the sync folder, so nothing was synced. If this vault file was copied to another computer, delete that copy there and use Join a Synced Vault instead.</source>
        <translation>Un autre coffre publie des modifications sous l&apos;identité de cet appareil dans le dossier de synchronisation&#xa0;: rien n&apos;a été synchronisé. Si ce fichier de coffre a été copié sur un autre ordinateur, supprimez-y cette copie et utilisez plutôt Rejoindre un coffre synchronisé.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Locking as soon as the sync is done…</source>
        <translation>Verrouillage dès la fin de la synchronisation…</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>MenteeDialog</name>
    <message>
        <source>Edit mentee</source>
        <translation>Modifier le mentoré</translation>
    </message>
    <message>
        <source>Add a mentee</source>
        <translation>Ajouter un mentoré</translation>
    </message>
    <message>
        <source>A code name is fine</source>
        <translation>Un nom de code suffit</translation>
    </message>
    <message>
        <source>Name or code name</source>
        <translation>Nom ou nom de code</translation>
    </message>
    <message>
        <source>e.g. Team lead, customer operations</source>
        <translation>p. ex. chef d&apos;équipe, service clientèle</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Pas encore défini</translation>
    </message>
    <message>
        <source>mentorpad never needs a real name: a first name and initial or a code name keeps the mentee unidentifiable even on a shared screen.</source>
        <translation>mentorpad n&apos;a jamais besoin d&apos;un vrai nom&#xa0;: un prénom et une initiale ou un nom de code rendent le mentoré impossible à identifier, même sur un écran partagé.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation or unit</source>
        <translation>Organisation ou service</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Add mentee…</source>
        <translation>Ajouter un mentoré…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>Your mentees</source>
        <translation>Vos mentorés</translation>
    </message>
    <message>
        <source>Add the people you mentor with “Add mentee…”. A first name and initial or a code name is enough. Then set up the agreement and plan the first session.</source>
        <translation>Ajoutez les personnes que vous accompagnez avec «&#xa0;Ajouter un mentoré…&#xa0;». Un prénom et une initiale ou un nom de code suffisent. Établissez ensuite l&apos;accord et planifiez la première séance.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Background: context, what the programme asked for, first impressions</source>
        <translation>Contexte&#xa0;: situation, demande du programme, premières impressions</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Séances, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Plan a session…</source>
        <translation>Planifier une séance…</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Aucune séance sélectionnée</translation>
    </message>
    <message>
        <source>Plan the next session: mentorpad prepares a brief from the last one, open commitments and the playbook.</source>
        <translation>Planifiez la prochaine séance&#xa0;: mentorpad prépare une fiche de préparation à partir de la précédente, des engagements en cours et du playbook.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Stage history: %1</source>
        <translation>Historique des étapes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>stage (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stage not set yet (Edit… to set it).</source>
        <translation>Étape pas encore définie (via Modifier…).</translation>
    </message>
    <message>
        <source>Delete mentee</source>
        <translation>Supprimer le mentoré</translation>
    </message>
    <message>
        <source>Delete %1 and everything about them?</source>
        <translation>Supprimer %1 et tout ce qui le concerne&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>This removes the profile, the agreement, %n session(s), every note, commitment and rating, and their search index entries. It cannot be undone. Backups made earlier still contain them.</source>
        <translation>
            <numerusform>Cela supprime le profil, l&apos;accord, %n séance, chaque note, engagement et évaluation, ainsi que leurs entrées dans l&apos;index de recherche. C&apos;est irréversible. Les sauvegardes faites auparavant les contiennent encore.</numerusform>
            <numerusform>Cela supprime le profil, l&apos;accord, %n séances, chaque note, engagement et évaluation, ainsi que leurs entrées dans l&apos;index de recherche. C&apos;est irréversible. Les sauvegardes faites auparavant les contiennent encore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>Accord de mentorat</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete this session with its notes, commitments and ratings? This cannot be undone.</source>
        <translation>Supprimer cette séance avec ses notes, ses engagements et ses évaluations&#xa0;? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Résumé de la séance</translation>
    </message>
    <message>
        <source>The agreement with %1</source>
        <translation>L’accord de mentorat avec %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of the session of %2 with %3</source>
        <translation>%1 de la séance du %2 avec %3</translation>
    </message>
</context>
<context>
    <name>MindsetArea</name>
    <message>
        <source>Mindset</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Mentee&apos;s view</source>
        <translation>Regard du mentoré</translation>
    </message>
    <message>
        <source>Your answers to the assessment</source>
        <translation>Vos réponses à l’auto-évaluation</translation>
    </message>
    <message>
        <source>The answers %1 gave</source>
        <translation>Les réponses de %1</translation>
    </message>
    <message>
        <source>Your answers could not be saved yet: %1</source>
        <translation>Vos réponses n&apos;ont pas encore pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>You started an assessment (%1) on %2 and answered %3 of %4 questions. Your answers are saved: carry on where you left off.</source>
        <translation>Vous avez commencé une auto-évaluation (%1) le %2 et répondu à %3 questions sur %4. Vos réponses sont enregistrées&#xa0;: reprenez là où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <source>Your profile: %1</source>
        <translation>Votre profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1&apos;s view of your mentoring</source>
        <translation>Votre accompagnement vu par %1</translation>
    </message>
    <message>
        <source>Completed on %1 with %2 of %3 questions answered. A profile across eight dimensions, not a grade.</source>
        <translation>Terminée le %1, avec une réponse à %2 questions sur %3. Un profil sur huit dimensions, pas une note.</translation>
    </message>
    <message>
        <source>Your session reflections could not be read: %1</source>
        <translation>Vos réflexions après les séances n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Complete the assessment to start a trend; retake it at the mid-point and the close.</source>
        <translation>Remplissez l&apos;auto-évaluation pour lancer un suivi&#xa0;; refaites-la à mi-parcours et à la clôture.</translation>
    </message>
    <message>
        <source>Your completed self-assessments, oldest first (%1).</source>
        <translation>Vos auto-évaluations terminées, de la plus ancienne à la plus récente (%1).</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Pas encore de score</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu&apos;à présent</translation>
    </message>
    <message>
        <source>%1 both first and last time</source>
        <translation>%1, la première comme la dernière fois</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>de %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Choose two different completed attempts to see what changed.</source>
        <translation>Choisissez deux passations terminées différentes pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>Change from the first (%1) to the second (%2): a plus means the second is higher. Not comparable: a dimension was not scored in one of them.</source>
        <translation>Écart entre la première (%1) et la deuxième (%2)&#xa0;: un plus signifie que la deuxième est plus élevée. Non comparable&#xa0;: une dimension n&apos;a pas été évaluée dans l&apos;une des deux.</translation>
    </message>
    <message>
        <source>Answers from %1 are partly entered (%2 of %3): choose Enter their answers to continue.</source>
        <translation>Les réponses de %1 sont en partie saisies (%2 sur %3)&#xa0;: choisissez Saisir ses réponses pour continuer.</translation>
    </message>
    <message>
        <source>%1&apos;s answers were entered on %2.</source>
        <translation>Les réponses de %1 ont été saisies le %2.</translation>
    </message>
    <message>
        <source>No answers from %1 yet.</source>
        <translation>Pas encore de réponses de %1.</translation>
    </message>
    <message>
        <source>Complete your own assessment (my last three months) to compare it with your mentee&apos;s view.</source>
        <translation>Remplissez votre propre auto-évaluation (mes trois derniers mois) pour la comparer au regard de votre mentoré.</translation>
    </message>
    <message>
        <source>Your self-assessment of %1 (%2) beside %3&apos;s answers of %4:</source>
        <translation>Votre auto-évaluation du %1 (%2) à côté des réponses de %3 du %4&#xa0;:</translation>
    </message>
    <message>
        <source>%1: you rate yourself higher than your mentee does (you %2, your mentee %3). Ask what they see that you may not.</source>
        <translation>%1&#xa0;: vous vous évaluez plus haut que votre mentoré (vous %2, votre mentoré %3). Demandez-lui ce qu&apos;il voit et que vous ne voyez peut-être pas.</translation>
    </message>
    <message>
        <source>%1: you rate yourself lower than your mentee does (you %2, your mentee %3). They may see a strength you underrate.</source>
        <translation>%1&#xa0;: vous vous évaluez plus bas que votre mentoré (vous %2, votre mentoré %3). Il voit peut-être une force que vous sous-estimez.</translation>
    </message>
    <message>
        <source>Answers from %1</source>
        <translation>Réponses de %1</translation>
    </message>
    <message>
        <source>Blank form saved: %1</source>
        <translation>Formulaire vierge enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>My last three months</source>
        <translation>Mes trois derniers mois</translation>
    </message>
    <message>
        <source>Before my first mentee</source>
        <translation>Avant mon premier mentoré</translation>
    </message>
    <message>
        <source>My mentee&apos;s view</source>
        <translation>Le regard de mon mentoré</translation>
    </message>
    <message>
        <source>Cadence reminders</source>
        <translation>Rappels de rythme</translation>
    </message>
    <message>
        <source>A reminder when a session with a mentee is due, so that none slips.</source>
        <translation>Un rappel quand une séance avec un mentoré est due, pour qu&apos;aucune ne passe à la trappe.</translation>
    </message>
    <message>
        <source>GROW prompts</source>
        <translation>Questions GROW</translation>
    </message>
    <message>
        <source>Goal, Reality, Options and Will prompts in the session notes, to give every session a shape.</source>
        <translation>Des questions pour l&apos;objectif, la réalité, les options et la volonté à côté des notes de séance, pour donner une structure à chaque séance.</translation>
    </message>
    <message>
        <source>Confidentiality checklist</source>
        <translation>Liste de contrôle de la confidentialité</translation>
    </message>
    <message>
        <source>A checklist for the first session: what stays between you, what the exceptions are, and who hears what.</source>
        <translation>Une liste de contrôle pour la première séance&#xa0;: ce qui reste entre vous, quelles sont les exceptions et qui apprend quoi.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>From your session reflections: your share of the talking</source>
        <translation>Selon vos réflexions après les séances&#xa0;: votre part du temps de parole</translation>
    </message>
    <message>
        <source>%1% on average over %2 sessions in the last 12 months; %3% in %4. Aim for about %5% or less, so your mentee does most of the thinking aloud.</source>
        <translation>%1&#xa0;% en moyenne sur %2 séances au cours des 12 derniers mois&#xa0;; %3&#xa0;% en %4. Visez environ %5&#xa0;% ou moins, pour que votre mentoré fasse l&apos;essentiel de la réflexion à voix haute.</translation>
    </message>
    <message>
        <source>My share of the talking</source>
        <translation>Ma part du temps de parole</translation>
    </message>
    <message>
        <source>From your session reflections: advice before asking</source>
        <translation>Selon vos réflexions après les séances&#xa0;: conseiller avant de questionner</translation>
    </message>
    <message>
        <source>You gave advice before asking questions in %1% of %2 sessions in the last 12 months; %3% in %4. Lower is better: ask first, advise later.</source>
        <translation>Vous avez donné des conseils avant de poser des questions dans %1&#xa0;% de %2 séances au cours des 12 derniers mois&#xa0;; %3&#xa0;% en %4. Plus c&apos;est bas, mieux c&apos;est&#xa0;: questionnez d&apos;abord, conseillez ensuite.</translation>
    </message>
    <message>
        <source>Sessions where I advised before asking</source>
        <translation>Séances où j&apos;ai conseillé avant de questionner</translation>
    </message>
    <message>
        <source>How your mentor mentors: your view</source>
        <translation>Comment votre mentor vous accompagne&#xa0;: votre regard</translation>
    </message>
    <message>
        <source>Tick one box for each statement.</source>
        <translation>Cochez une case pour chaque affirmation.</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Partie %1 sur %2</translation>
    </message>
    <message>
        <source>Thank you. Give the form back to your mentor, or talk it through together instead if you prefer. Write no names on it.</source>
        <translation>Merci. Rendez le formulaire à votre mentor, ou parcourez-le plutôt ensemble si vous le préférez. N&apos;y inscrivez aucun nom.</translation>
    </message>
    <message>
        <source>Mentee mirror form</source>
        <translation>Formulaire miroir pour le mentoré</translation>
    </message>
    <message>
        <source>mentee-mirror-form</source>
        <translation>formulaire-miroir-mentore</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>A mentee</source>
        <translation>Un mentoré</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Unfinished: %1 of %2 answered</source>
        <translation>Inachevée&#xa0;: %1 réponses sur %2</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus haut</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Deuxième</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>MirrorOverview</name>
    <message>
        <source>Your mentee&apos;s view</source>
        <translation>Le regard de votre mentoré</translation>
    </message>
    <message>
        <source>You see yourself from the inside; your mentee sees what you do. Where the two views differ by a point or more there may be a blind spot, something others see and you do not, or a strength you underrate. Hand your mentee the blank form, let them fill it in privately, then enter their answers here.</source>
        <translation>Vous vous voyez de l&apos;intérieur&#xa0;; votre mentoré voit ce que vous faites. Là où les deux regards diffèrent d&apos;un point ou plus, il peut y avoir un angle mort&#xa0;: quelque chose que les autres voient et pas vous, ou une force que vous sous-estimez. Remettez le formulaire vierge à votre mentoré, laissez-le le remplir en privé, puis saisissez ses réponses ici.</translation>
    </message>
    <message>
        <source>Export the blank form (PDF)…</source>
        <translation>Exporter le formulaire vierge (PDF)…</translation>
    </message>
    <message>
        <source>The form lists the statements and the scale only: no names and nothing from your notes.</source>
        <translation>Le formulaire ne contient que les affirmations et l&apos;échelle&#xa0;: aucun nom et rien de vos notes.</translation>
    </message>
    <message>
        <source>Enter a mentee&apos;s answers</source>
        <translation>Saisir les réponses d&apos;un mentoré</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Enter their answers</source>
        <translation>Saisir ses réponses</translation>
    </message>
    <message>
        <source>Add a mentee first: the answers are kept with that mentee.</source>
        <translation>Ajoutez d&apos;abord un mentoré&#xa0;: les réponses sont conservées avec ce mentoré.</translation>
    </message>
    <message>
        <source>Blind spots</source>
        <translation>Angles morts</translation>
    </message>
    <message>
        <source>A gap of 1.0 or more between your score and your mentee&apos;s marks a possible blind spot. It is a question to explore together, not a verdict on either of you.</source>
        <translation>Un écart de 1,0 ou plus entre votre score et celui de votre mentoré signale un angle mort possible. C&apos;est une question à explorer ensemble, pas un verdict sur l&apos;un de vous.</translation>
    </message>
    <message>
        <source>No blind spots: your view and your mentee&apos;s differ by less than 1.0 on every dimension.</source>
        <translation>Aucun angle mort&#xa0;: votre regard et celui de votre mentoré diffèrent de moins de 1,0 sur chaque dimension.</translation>
    </message>
</context>
<context>
    <name>MirrorView</name>
    <message>
        <source>Copy the answers from the form your mentee filled in.</source>
        <translation>Recopiez les réponses du formulaire rempli par votre mentoré.</translation>
    </message>
    <message>
        <source>Back (answers so far are kept)</source>
        <translation>Retour (les réponses déjà saisies sont conservées)</translation>
    </message>
    <message>
        <source>Save their answers</source>
        <translation>Enregistrer ses réponses</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <source>Showing the first %1 of %2 characters.</source>
        <translation>Affichage des %1 premiers caractères sur %2.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher la suite</translation>
    </message>
</context>
<context>
    <name>PercentChart</name>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Arrêter le minuteur</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>Prompts: %1</source>
        <translation>Questions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Now: %1, %2 min left. %3</source>
        <translation>Maintenant&#xa0;: %1, encore %2 min. %3</translation>
    </message>
    <message>
        <source>Planned time is up: agree the next step and close.</source>
        <translation>Le temps prévu est écoulé&#xa0;: convenez de la prochaine étape et concluez.</translation>
    </message>
    <message>
        <source>Start the timer when the session begins.</source>
        <translation>Démarrez le minuteur quand la séance commence.</translation>
    </message>
</context>
<context>
    <name>PlainTextEditor</name>
    <message>
        <source>This paste would make a line of %1 characters, and a line holds at most %2. Nothing was pasted: your note is unchanged. Keep very long lines, such as encoded data, in a file of their own.</source>
        <translation>Ce texte collé ferait une ligne de %1 caractères, et une ligne en contient au plus %2. Rien n&apos;a été collé&#xa0;: votre note est inchangée. Gardez les très longues lignes, comme des données encodées, dans un fichier à part.</translation>
    </message>
    <message>
        <source>Too much to paste</source>
        <translation>Trop de texte à coller</translation>
    </message>
    <message>
        <source>This paste holds %1 characters, and a note holds at most %2. Nothing was pasted: your note is unchanged. Keep very large texts, such as logs or exports, in a file of their own.</source>
        <translation>Le texte à coller compte %1 caractères, et une note en contient au plus %2. Rien n&apos;a été collé&#xa0;: votre note est inchangée. Gardez les très grands textes, comme les journaux ou les exports, dans un fichier à part.</translation>
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
        <translation>Rechercher dans le playbook (%1)</translation>
    </message>
    <message>
        <source>Search the playbook</source>
        <translation>Rechercher dans le playbook</translation>
    </message>
    <message>
        <source>Searches titles, summaries, catalog labels, signals and questions</source>
        <translation>Recherche dans les titres, les résumés, les libellés du catalogue, les signaux et les questions</translation>
    </message>
    <message>
        <source>Playbook entries by stage</source>
        <translation>Fiches du playbook par étape</translation>
    </message>
    <message>
        <source>Search looks at titles, summaries, catalog labels, signals and questions. Try fewer words, or another word for the same thing.</source>
        <translation>La recherche porte sur les titres, les résumés, les libellés du catalogue, les signaux et les questions. Essayez moins de mots, ou un autre mot pour la même chose.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Retour à la page précédente</translation>
    </message>
    <message>
        <source>Agenda of</source>
        <translation>Ordre du jour de</translation>
    </message>
    <message>
        <source>Mentee whose next agenda gets questions</source>
        <translation>Mentoré dont le prochain ordre du jour reçoit les questions</translation>
    </message>
    <message>
        <source>Tag this theme on the current session</source>
        <translation>Associer ce thème à la séance en cours</translation>
    </message>
    <message>
        <source>Plan the session and add</source>
        <translation>Planifier la séance et ajouter</translation>
    </message>
    <message>
        <source>Plan the session and add the question</source>
        <translation>Planifier la séance et ajouter la question</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Do not plan a session</source>
        <translation>Ne pas planifier de séance</translation>
    </message>
    <message>
        <source>Playbook message</source>
        <translation>Message du playbook</translation>
    </message>
    <message>
        <source>Playbook page</source>
        <translation>Page du playbook</translation>
    </message>
    <message>
        <source>The playbook could not be read: %1</source>
        <translation>Le playbook n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a mentee</source>
        <translation>Choisissez un mentoré</translation>
    </message>
    <message>
        <source>No active mentees</source>
        <translation>Aucun mentoré actif</translation>
    </message>
    <message>
        <source>Mark this struggle as a theme of the session open in Mentees</source>
        <translation>Associer cette difficulté comme thème de la séance ouverte dans Mentorés</translation>
    </message>
    <message>
        <source>Open a session in Mentees to tag this theme on it</source>
        <translation>Ouvrez une séance dans Mentorés pour y associer ce thème</translation>
    </message>
    <message>
        <source>Unlock your vault to add questions to an agenda.</source>
        <translation>Déverrouillez votre coffre pour ajouter des questions à un ordre du jour.</translation>
    </message>
    <message>
        <source>Choose a mentee above first.</source>
        <translation>Choisissez d&apos;abord un mentoré ci-dessus.</translation>
    </message>
    <message>
        <source>Add a mentee in Mentees first; then you can plan questions.</source>
        <translation>Ajoutez d&apos;abord un mentoré dans Mentorés&#xa0;; vous pourrez ensuite planifier des questions.</translation>
    </message>
    <message>
        <source>%1 has no session planned. Plan a regular session on %2 at %3 and add the question to it?</source>
        <translation>Aucune séance n&apos;est planifiée avec %1. Planifier une séance régulière le %2 à %3 et y ajouter la question&#xa0;?</translation>
    </message>
    <message>
        <source>Planned a session with %1 on %2 and added the question to its agenda.</source>
        <translation>Séance avec %1 planifiée le %2 et question ajoutée à son ordre du jour.</translation>
    </message>
    <message>
        <source>Added to %1’s session on %2.</source>
        <translation>Ajoutée à la séance avec %1 du %2.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <source>That link does not lead anywhere in mentorpad.</source>
        <translation>Ce lien ne mène nulle part dans mentorpad.</translation>
    </message>
    <message>
        <source>Tagged “%1” as a theme of the open session.</source>
        <translation>«&#xa0;%1&#xa0;» associé comme thème de la séance ouverte.</translation>
    </message>
</context>
<context>
    <name>PlaybookPages</name>
    <message>
        <source>For the mentor</source>
        <translation>Pour le mentor</translation>
    </message>
    <message>
        <source>Managers in their first months: finding their footing, their authority and their own way of leading.</source>
        <translation>Des managers dans leurs premiers mois&#xa0;: ils cherchent leurs marques, leur autorité et leur propre manière de diriger.</translation>
    </message>
    <message>
        <source>Managers who have settled in but keep running into the same problems, often habits from their time as an expert or a peer.</source>
        <translation>Des managers installés dans leur rôle qui se heurtent sans cesse aux mêmes problèmes, souvent des habitudes de l&apos;époque où ils étaient experts ou collègues.</translation>
    </message>
    <message>
        <source>Managers who do well and are ready for more: bigger roles, larger changes and wider influence.</source>
        <translation>Des managers qui réussissent et sont prêts pour davantage&#xa0;: des rôles plus larges, des changements plus importants et une influence plus grande.</translation>
    </message>
    <message>
        <source>Short guides for you as a mentor, and a plan for each of the four kinds of session.</source>
        <translation>De courts guides pour vous en tant que mentor, et un plan pour chacun des quatre types de séance.</translation>
    </message>
    <message>
        <source>what they want to achieve</source>
        <translation>ce que le mentoré veut atteindre</translation>
    </message>
    <message>
        <source>where things stand now</source>
        <translation>où en sont les choses</translation>
    </message>
    <message>
        <source>what they could do</source>
        <translation>ce que le mentoré pourrait faire</translation>
    </message>
    <message>
        <source>what they will do, and when</source>
        <translation>ce que le mentoré fera, et quand</translation>
    </message>
    <message>
        <source>the manager</source>
        <translation>le manager lui-même</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>l&apos;équipe</translation>
    </message>
    <message>
        <source>their boss</source>
        <translation>son supérieur</translation>
    </message>
    <message>
        <source>you, the mentor</source>
        <translation>vous, le mentor</translation>
    </message>
    <message>
        <source>Push: directive</source>
        <translation>Push&#xa0;: directif</translation>
    </message>
    <message>
        <source>Mostly push</source>
        <translation>Plutôt push</translation>
    </message>
    <message>
        <source>Balanced between push and pull</source>
        <translation>Équilibre entre push et pull</translation>
    </message>
    <message>
        <source>Mostly pull</source>
        <translation>Plutôt pull</translation>
    </message>
    <message>
        <source>Pull: non-directive</source>
        <translation>Pull&#xa0;: non directif</translation>
    </message>
    <message>
        <source>career support</source>
        <translation>soutien de carrière</translation>
    </message>
    <message>
        <source>psychosocial support</source>
        <translation>soutien psychosocial</translation>
    </message>
    <message>
        <source>role modelling</source>
        <translation>exemplarité</translation>
    </message>
    <message>
        <source>no clear goals</source>
        <translation>pas d&apos;objectifs clairs</translation>
    </message>
    <message>
        <source>no process or method</source>
        <translation>ni processus ni méthode</translation>
    </message>
    <message>
        <source>the mentor in the wrong role</source>
        <translation>le mentor dans le mauvais rôle</translation>
    </message>
    <message>
        <source>no time for mentoring</source>
        <translation>pas de temps pour le mentorat</translation>
    </message>
    <message>
        <source>the mentor&apos;s own story taking over</source>
        <translation>l&apos;histoire du mentor qui prend le dessus</translation>
    </message>
    <message>
        <source>broken confidentiality</source>
        <translation>confidentialité rompue</translation>
    </message>
    <message>
        <source>research evidence</source>
        <translation>données de recherche</translation>
    </message>
    <message>
        <source>practitioner model</source>
        <translation>modèle de praticien</translation>
    </message>
    <message>
        <source>rule of thumb</source>
        <translation>règle empirique</translation>
    </message>
    <message>
        <source>initiation</source>
        <translation>initiation</translation>
    </message>
    <message>
        <source>cultivation</source>
        <translation>développement</translation>
    </message>
    <message>
        <source>separation</source>
        <translation>séparation</translation>
    </message>
    <message>
        <source>redefinition</source>
        <translation>redéfinition</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>négociation</translation>
    </message>
    <message>
        <source>enabling growth</source>
        <translation>croissance</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>clôture</translation>
    </message>
    <message>
        <source>(details still to be checked)</source>
        <translation>(références encore à vérifier)</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>The playbook</source>
        <translation>Le playbook</translation>
    </message>
    <message>
        <source>%1 struggles that managers meet, in three stages. Each entry tells you what to look for, why it happens, how to stand as a mentor, which questions to ask, and what progress looks like.</source>
        <translation>%1 difficultés que rencontrent les managers, en trois étapes. Chaque fiche vous dit à quoi être attentif, pourquoi cela arrive, quelle posture adopter en tant que mentor, quelles questions poser et à quoi ressemblent les progrès.</translation>
    </message>
    <message>
        <source>Choose an entry on the left, or search with %1. Arrow keys move through the list; Enter opens.</source>
        <translation>Choisissez une fiche à gauche, ou recherchez avec %1. Les touches fléchées parcourent la liste&#xa0;; Entrée ouvre.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Guides for the mentor</source>
        <translation>Guides pour le mentor</translation>
    </message>
    <message>
        <source>Session templates</source>
        <translation>Modèles de séance</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Why it happens</source>
        <translation>Pourquoi cela arrive</translation>
    </message>
    <message>
        <source>Your stance</source>
        <translation>Votre posture</translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation>Pièges</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Referring on</source>
        <translation>Orienter</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Cadres de référence</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>On this page:</source>
        <translation>Sur cette page&#xa0;:</translation>
    </message>
    <message>
        <source>This entry is not yet translated into your language: it is shown in English.</source>
        <translation>Cette fiche n&apos;est pas encore traduite&#xa0;: elle s&apos;affiche en anglais.</translation>
    </message>
    <message>
        <source>Signals to notice</source>
        <translation>Signaux à repérer</translation>
    </message>
    <message>
        <source>Seen by: %1</source>
        <translation>Remarqué par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your stance as mentor</source>
        <translation>Votre posture de mentor</translation>
    </message>
    <message>
        <source>What you offer most here: %1</source>
        <translation>Ce que vous apportez surtout ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pitfalls for you</source>
        <translation>Pièges pour vous</translation>
    </message>
    <message>
        <source>Why programmes fail: %1</source>
        <translation>Pourquoi les programmes échouent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>Open questions in the order of a GROW conversation. “Add to next session&apos;s agenda” puts one on the agenda of the mentee chosen above.</source>
        <translation>Des questions ouvertes dans l&apos;ordre d&apos;une conversation GROW. «&#xa0;Ajouter à l&apos;ordre du jour de la prochaine séance&#xa0;» en place une à l&apos;ordre du jour du mentoré choisi ci-dessus.</translation>
    </message>
    <message>
        <source>Add this question to the next session</source>
        <translation>Ajouter cette question à la prochaine séance</translation>
    </message>
    <message>
        <source>Add to next session’s agenda</source>
        <translation>Ajouter à l&apos;ordre du jour de la prochaine séance</translation>
    </message>
    <message>
        <source>Exercises between sessions</source>
        <translation>Exercices entre les séances</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Debrief in the next session</source>
        <translation>Débriefing lors de la séance suivante</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signs of progress</source>
        <translation>Signes de progrès</translation>
    </message>
    <message>
        <source>When to refer on</source>
        <translation>Quand orienter vers quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>You are a mentor, not a therapist or an investigator. In these situations, help the mentee find the right person.</source>
        <translation>Vous êtes mentor, ni thérapeute ni enquêteur. Dans ces situations, aidez le mentoré à trouver la bonne personne.</translation>
    </message>
    <message>
        <source>Refer to:</source>
        <translation>Orienter vers&#xa0;:</translation>
    </message>
    <message>
        <source>In Belgium:</source>
        <translation>En Belgique&#xa0;:</translation>
    </message>
    <message>
        <source>In the Netherlands:</source>
        <translation>Aux Pays-Bas&#xa0;:</translation>
    </message>
    <message>
        <source>In the organisation:</source>
        <translation>Dans l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Frameworks behind it</source>
        <translation>Cadres de référence sous-jacents</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Fondement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Related entries</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>Often seen together</source>
        <translation>Souvent observées ensemble</translation>
    </message>
    <message>
        <source>Often lies underneath</source>
        <translation>Se cache souvent derrière</translation>
    </message>
    <message>
        <source>A natural next step</source>
        <translation>Une suite naturelle</translation>
    </message>
    <message>
        <source>push %1 pull</source>
        <translation>push %1 pull</translation>
    </message>
    <message>
        <source>Guide %1 of %2</source>
        <translation>Guide %1 sur %2</translation>
    </message>
    <message>
        <source>%1 minutes · relationship phase: %2 (Kram), %3 (Zachary)</source>
        <translation>%1 minutes · phase de la relation&#xa0;: %2 (Kram), %3 (Zachary)</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Modèle de séance</translation>
    </message>
    <message>
        <source>%1–%2 min · %3</source>
        <translation>%1–%2 min · %3</translation>
    </message>
    <message>
        <source>GROW: %1</source>
        <translation>GROW&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agreement checklist</source>
        <translation>Liste de contrôle de l&apos;accord</translation>
    </message>
</context>
<context>
    <name>PlaybookTreeModel</name>
    <message>
        <source>For the mentor</source>
        <translation>Pour le mentor</translation>
    </message>
    <message>
        <source>%1
No. %2 in the catalog: “%3”</source>
        <translation>%1
N° %2 du catalogue&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 sur %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2 items</source>
        <translation>%1, %2 fiches</translation>
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
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine séance</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Engagements en retard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune encore</translation>
    </message>
    <message>
        <source>To plan</source>
        <translation>À planifier</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (planifiée)</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (due)</translation>
    </message>
    <message>
        <source>Commitments overdue</source>
        <translation>Engagements en retard</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Session overdue</source>
        <translation>Séance en retard</translation>
    </message>
    <message>
        <source>First session to plan</source>
        <translation>Première séance à planifier</translation>
    </message>
    <message>
        <source>Session due this week</source>
        <translation>Séance due cette semaine</translation>
    </message>
    <message>
        <source>Mid-point review soon</source>
        <translation>Bilan à mi-parcours bientôt</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Clôture bientôt</translation>
    </message>
    <message>
        <source>No agreement yet</source>
        <translation>Pas encore d&apos;accord</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is exactly what will leave the vault; nothing else is included. The saved file is not encrypted.</source>
        <translation>Voici exactement ce qui sortira du coffre&#xa0;; rien d&apos;autre n&apos;est inclus. Le fichier enregistré n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <source>Preview as it will look</source>
        <translation>Aperçu tel qu&apos;il apparaîtra</translation>
    </message>
    <message>
        <source>Exact text of the file</source>
        <translation>Texte exact du fichier</translation>
    </message>
    <message>
        <source>As it will look</source>
        <translation>Tel qu&apos;il apparaîtra</translation>
    </message>
    <message>
        <source>Exact text</source>
        <translation>Texte exact</translation>
    </message>
    <message>
        <source>Save as File…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
</context>
<context>
    <name>ProfileChart</name>
    <message>
        <source>Nothing scored yet.</source>
        <translation>Rien n&apos;est encore évalué.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Keys: 1 to 5 answer the highlighted statement, 0 or N: not yet applicable; arrow keys or Tab: next statement; Page Down: next dimension.</source>
        <translation>Touches&#xa0;: 1 à 5 pour répondre à l&apos;affirmation en surbrillance, 0 ou N&#xa0;: pas encore applicable&#xa0;; touches fléchées ou Tab&#xa0;: affirmation suivante&#xa0;; Pg Suiv&#xa0;: dimension suivante.</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Questions répondues</translation>
    </message>
    <message>
        <source>Previous dimension</source>
        <translation>Dimension précédente</translation>
    </message>
    <message>
        <source>Next dimension</source>
        <translation>Dimension suivante</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Pg Suiv</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>Voir mes résultats</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 réponses sur %2</translation>
    </message>
    <message>
        <source>Dimension %1 of %2</source>
        <translation>Dimension %1 sur %2</translation>
    </message>
    <message>
        <source>Finish with %1 open</source>
        <translation>Terminer avec %1 sans réponse</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <source>Rating (1-5)</source>
        <translation>Note (1-5)</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Pas encore de note.</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>Not rated</source>
        <translation>Pas de note</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Progress on: %1</source>
        <translation>Progrès sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>What shows this?</source>
        <translation>Qu&apos;est-ce qui le montre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>No results yet. Take the assessment: your profile across the eight dimensions appears here, with what to do next for each.</source>
        <translation>Pas encore de résultats. Remplissez l&apos;auto-évaluation&#xa0;: votre profil sur les huit dimensions apparaît ici, avec pour chacune ce que vous pouvez faire ensuite.</translation>
    </message>
    <message>
        <source>Talk to your programme lead before you take on a mentee</source>
        <translation>Parlez-en au responsable du programme avant de prendre un mentoré</translation>
    </message>
    <message>
        <source>Every dimension is high: ask your mentee&apos;s view</source>
        <translation>Toutes les dimensions sont élevées&#xa0;: demandez l&apos;avis de votre mentoré</translation>
    </message>
    <message>
        <source>All eight dimensions are at 4.5 or above. Self-ratings tend to run high, even on questions about how often you do things, so this is the moment to check: ask your mentee to fill in the mirror form and compare.</source>
        <translation>Les huit dimensions sont à 4,5 ou plus. Les auto-évaluations ont tendance à être élevées, même pour des questions de fréquence&#xa0;: c&apos;est le moment de vérifier. Demandez à votre mentoré de remplir le formulaire miroir et comparez.</translation>
    </message>
    <message>
        <source>Ask my mentee&apos;s view</source>
        <translation>Demander l&apos;avis de mon mentoré</translation>
    </message>
    <message>
        <source>Your profile: how often, from 1 (never) to 5 (always)</source>
        <translation>Votre profil&#xa0;: à quelle fréquence, de 1 (jamais) à 5 (toujours)</translation>
    </message>
    <message>
        <source>What the bands mean, and what they do not</source>
        <translation>Ce que les niveaux signifient, et ce qu&apos;ils ne signifient pas</translation>
    </message>
    <message>
        <source>What to do next, dimension by dimension</source>
        <translation>Que faire ensuite, dimension par dimension</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Your answers put %1 below 2.5. A mentee relies on your time and on your discretion before anything else. Your programme lead can help you plan for this, or agree a better moment to start.</source>
        <translation>Selon vos réponses, %1 se situe sous 2,5. Un mentoré compte avant tout sur votre disponibilité et votre discrétion. Le responsable du programme peut vous aider à vous y préparer, ou convenir d&apos;un meilleur moment pour commencer.</translation>
    </message>
    <message>
        <source>Strengths: %1</source>
        <translation>Forces&#xa0;: %1</translation>
    </message>
    <message>
        <source>Strengths: none yet at 4.25 or above.</source>
        <translation>Forces&#xa0;: aucune encore à 4,25 ou plus.</translation>
    </message>
    <message>
        <source>Priorities: %1</source>
        <translation>Priorités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Priorities: no dimension is below 2.5.</source>
        <translation>Priorités&#xa0;: aucune dimension n&apos;est sous 2,5.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SearchArea</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search notes, agendas, summaries, commitments…</source>
        <translation>Rechercher dans les notes, ordres du jour, résumés, engagements…</translation>
    </message>
    <message>
        <source>Only this mentee</source>
        <translation>Seulement ce mentoré</translation>
    </message>
    <message>
        <source>Results, newest first</source>
        <translation>Résultats, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Search everything you wrote</source>
        <translation>Recherchez dans tout ce que vous avez écrit</translation>
    </message>
    <message>
        <source>Type a word or two: results appear as you type, newest first. Accents are ignored, and a last word of three letters or more matches as a prefix.</source>
        <translation>Tapez un mot ou deux&#xa0;: les résultats apparaissent au fil de la frappe, du plus récent au plus ancien. Les accents sont ignorés, et un dernier mot de trois lettres ou plus est traité comme un début de mot.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Nothing matches those words. Try fewer or shorter words, or another mentee.</source>
        <translation>Rien ne correspond à ces mots. Essayez moins de mots ou des mots plus courts, ou un autre mentoré.</translation>
    </message>
    <message>
        <source>All mentees</source>
        <translation>Tous les mentorés</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), newest first</source>
        <translation>
            <numerusform>%n résultat, du plus récent au plus ancien</numerusform>
            <numerusform>%n résultats, du plus récent au plus ancien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n different word(s) are searched.</source>
        <translation>
            <numerusform>Seul le premier mot différent (%n) est recherché.</numerusform>
            <numerusform>Seuls les %n premiers mots différents sont recherchés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>First meeting</source>
        <translation>Première rencontre</translation>
    </message>
    <message>
        <source>No earlier session. Use the first-session template: connect, roles, goals, the agreement, a first action.</source>
        <translation>Aucune séance précédente. Utilisez le modèle de première séance&#xa0;: faire connaissance, les rôles, les objectifs, l&apos;accord, une première action.</translation>
    </message>
    <message>
        <source>**1 day** since the last session</source>
        <translation>**1 jour** depuis la dernière séance</translation>
    </message>
    <message>
        <source>**%1 days** since the last session</source>
        <translation>**%1 jours** depuis la dernière séance</translation>
    </message>
    <message>
        <source> · agreed: every week</source>
        <translation> · convenu&#xa0;: chaque semaine</translation>
    </message>
    <message>
        <source> · agreed: every %1 weeks</source>
        <translation> · convenu&#xa0;: toutes les %1 semaines</translation>
    </message>
    <message>
        <source> · **overdue**</source>
        <translation> · **en retard**</translation>
    </message>
    <message>
        <source> · **due now**</source>
        <translation> · **à faire maintenant**</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Depuis la dernière fois</translation>
    </message>
    <message>
        <source>**Coming up: %1 on %2.**</source>
        <translation>**À venir&#xa0;: %1 le %2.**</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Engagements en cours</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (échéance %1)</translation>
    </message>
    <message>
        <source> **OVERDUE**</source>
        <translation> **EN RETARD**</translation>
    </message>
    <message>
        <source>%1 of %2 shown here; every one is on the Follow-up tab.</source>
        <translation>%1 sur %2 affichés ici ; tous figurent dans l’onglet Suivi.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>pas encore de note</translation>
    </message>
    <message>
        <source>Recent themes</source>
        <translation>Thèmes récents</translation>
    </message>
    <message>
        <source>in English: not yet translated</source>
        <translation>en anglais&#xa0;: pas encore traduit</translation>
    </message>
    <message>
        <source>Last shared summary</source>
        <translation>Dernier résumé partagé</translation>
    </message>
    <message>
        <source>Last session&apos;s notes</source>
        <translation>Notes de la dernière séance</translation>
    </message>
    <message>
        <source>Refer on when</source>
        <translation>Orienter quand</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Type de séance</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Agenda: what you want to cover</source>
        <translation>Ordre du jour&#xa0;: ce que vous voulez aborder</translation>
    </message>
    <message>
        <source>Private notes: they never leave this vault</source>
        <translation>Notes privées&#xa0;: elles ne quittent jamais ce coffre</translation>
    </message>
    <message>
        <source>Shared summary: only what you may later send the mentee</source>
        <translation>Résumé partagé&#xa0;: uniquement ce que vous pourrez envoyer plus tard au mentoré</translation>
    </message>
    <message>
        <source>What would I do differently next time?</source>
        <translation>Que ferais-je autrement la prochaine fois&#xa0;?</translation>
    </message>
    <message>
        <source>Prep brief</source>
        <translation>Fiche de préparation</translation>
    </message>
    <message>
        <source>Suggested questions</source>
        <translation>Questions suggérées</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Private. Raw HTML is shown as typed; nothing is loaded.</source>
        <translation>Privé. Le HTML brut s&apos;affiche tel que saisi&#xa0;; rien n&apos;est chargé.</translation>
    </message>
    <message>
        <source>The only part of a session meant to leave mentorpad. Private notes, your reflection and other mentees never go with it.</source>
        <translation>La seule partie d&apos;une séance destinée à sortir de mentorpad. Les notes privées, votre réflexion et les autres mentorés n&apos;en font jamais partie.</translation>
    </message>
    <message>
        <source>Preview and export…</source>
        <translation>Aperçu et exportation…</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Résumé partagé</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Themes touched</source>
        <translation>Thèmes abordés</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add commitment…</source>
        <translation>Ajouter un engagement…</translation>
    </message>
    <message>
        <source>Progress on goals</source>
        <translation>Progrès sur les objectifs</translation>
    </message>
    <message>
        <source>My reflection (private)</source>
        <translation>Ma réflexion (privée)</translation>
    </message>
    <message>
        <source>How much of the time did I talk?</source>
        <translation>Pendant quelle part du temps ai-je parlé&#xa0;?</translation>
    </message>
    <message>
        <source>I noted my talk time</source>
        <translation>J&apos;ai noté mon temps de parole</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>No: I asked before advising</source>
        <translation>Non&#xa0;: j&apos;ai questionné avant de conseiller</translation>
    </message>
    <message>
        <source>Yes: I advised before asking</source>
        <translation>Oui&#xa0;: j&apos;ai conseillé avant de questionner</translation>
    </message>
    <message>
        <source>I talked roughly</source>
        <translation>J&apos;ai parlé environ</translation>
    </message>
    <message>
        <source>Did I advise before asking?</source>
        <translation>Ai-je conseillé avant de questionner&#xa0;?</translation>
    </message>
    <message>
        <source>Quick capture: %1 commitment · %2 insight · %3 theme</source>
        <translation>Saisie rapide&#xa0;: %1 engagement · %2 idée clé · %3 thème</translation>
    </message>
    <message>
        <source>Playbook entry for the tagged theme</source>
        <translation>Fiche du playbook pour le thème associé</translation>
    </message>
    <message>
        <source>At hand from the playbook</source>
        <translation>Sous la main, depuis le playbook</translation>
    </message>
    <message>
        <source>Agreement checklist</source>
        <translation>Liste de contrôle de l&apos;accord</translation>
    </message>
    <message>
        <source>No goals yet: set them in the agreement.</source>
        <translation>Pas encore d&apos;objectifs&#xa0;: définissez-les dans l&apos;accord.</translation>
    </message>
    <message>
        <source>Tag a theme (%1) and its playbook questions appear here.</source>
        <translation>Associez un thème (%1) et ses questions du playbook apparaissent ici.</translation>
    </message>
    <message>
        <source>Tag themes or set the mentee&apos;s stage and goals to get suggestions from the playbook.</source>
        <translation>Associez des thèmes ou définissez l&apos;étape et les objectifs du mentoré pour recevoir des suggestions du playbook.</translation>
    </message>
    <message>
        <source>Added to the agenda</source>
        <translation>Ajoutée à l’ordre du jour</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Ajouter à l’ordre du jour</translation>
    </message>
    <message>
        <source>Insight:</source>
        <translation>Idée clé&#xa0;:</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminer la séance</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect the next time you start mentorpad.</source>
        <translation>Prend effet au prochain démarrage de mentorpad.</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Même langue que l&apos;interface</translation>
    </message>
    <message>
        <source>Language of exported documents</source>
        <translation>Langue des documents exportés</translation>
    </message>
    <message>
        <source>Reports, the mentoring agreement, session summaries and the blank mirror form. Takes effect at once.</source>
        <translation>Rapports, accord de mentorat, résumés de séance et formulaire miroir vierge. S&apos;applique immédiatement.</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documents en</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Verrouiller après ce nombre de minutes sans saisie</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Nombre de sauvegardes automatiques à conserver</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Conserver les dernières</translation>
    </message>
    <message>
        <source>Remind me when a session is due by the agreed rhythm</source>
        <translation>Me rappeler quand une séance est due selon le rythme convenu</translation>
    </message>
    <message>
        <source>Shown on Home and when you unlock.</source>
        <translation>Affiché sur l&apos;Accueil et au déverrouillage.</translation>
    </message>
    <message>
        <source>Show the template&apos;s prompts for each phase in a session</source>
        <translation>Afficher les questions du modèle pour chaque phase d&apos;une séance</translation>
    </message>
    <message>
        <source>The GROW questions appear under the session timer.</source>
        <translation>Les questions GROW apparaissent sous le minuteur de la séance.</translation>
    </message>
    <message>
        <source>Show the agreement checklist in a first session</source>
        <translation>Afficher la liste de contrôle de l&apos;accord lors d&apos;une première séance</translation>
    </message>
    <message>
        <source>Confidentiality, exceptions, reporting, exit: nothing forgotten.</source>
        <translation>Confidentialité, exceptions, rapportage, fin&#xa0;: rien n&apos;est oublié.</translation>
    </message>
    <message>
        <source>Minimise the window when the vault locks</source>
        <translation>Réduire la fenêtre quand le coffre se verrouille</translation>
    </message>
    <message>
        <source>The unlock prompt leaves the screen too; the window waits in the taskbar.</source>
        <translation>L&apos;écran de déverrouillage quitte aussi l&apos;écran&#xa0;; la fenêtre attend dans la barre des tâches.</translation>
    </message>
    <message>
        <source>Backups are encrypted with your passphrase, so a synced or shared folder is fine. A backup is made when you lock or close, if anything changed. These settings are stored inside the vault.</source>
        <translation>Les sauvegardes sont chiffrées avec votre phrase secrète&#xa0;: un dossier synchronisé ou partagé convient donc. Une sauvegarde est faite quand vous verrouillez ou fermez, si quelque chose a changé. Ces paramètres sont enregistrés dans le coffre.</translation>
    </message>
    <message>
        <source>Unlock the vault to change its lock time and backup folder.</source>
        <translation>Déverrouillez le coffre pour modifier son délai de verrouillage et son dossier de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>In a session</source>
        <translation>Pendant une séance</translation>
    </message>
    <message>
        <source>Start or end the in-session view</source>
        <translation>Ouvrir ou fermer la vue de séance</translation>
    </message>
    <message>
        <source>Capture a commitment</source>
        <translation>Noter un engagement</translation>
    </message>
    <message>
        <source>Mark an insight in the notes</source>
        <translation>Marquer une idée clé dans les notes</translation>
    </message>
    <message>
        <source>Tag a theme from the playbook</source>
        <translation>Associer un thème du playbook</translation>
    </message>
    <message>
        <source>Playbook, Search</source>
        <translation>Playbook, Recherche</translation>
    </message>
    <message>
        <source>Focus the search box</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <source>Mindset</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Answer the focused statement</source>
        <translation>Répondre à l&apos;affirmation sélectionnée</translation>
    </message>
    <message>
        <source>1 – 5, 0 or N</source>
        <translation>1 – 5, 0 ou N</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message numerus="yes">
        <source>%n text(s) edited on two devices</source>
        <translation>
            <numerusform>%n texte modifié sur deux appareils</numerusform>
            <numerusform>%n textes modifiés sur deux appareils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Non synchronisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n min</numerusform>
            <numerusform>Synchronisé il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n heure</numerusform>
            <numerusform>Synchronisé il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeStartView</name>
    <message>
        <source>Unfinished assessment</source>
        <translation>Auto-évaluation inachevée</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>Reprendre là où je m&apos;étais arrêté</translation>
    </message>
    <message>
        <source>What do you want to rate?</source>
        <translation>Que voulez-vous évaluer&#xa0;?</translation>
    </message>
    <message>
        <source>My last three months of mentoring</source>
        <translation>Mes trois derniers mois de mentorat</translation>
    </message>
    <message>
        <source>How often you did each thing with your mentee(s) recently.</source>
        <translation>À quelle fréquence vous avez fait chacune de ces choses récemment avec votre ou vos mentorés.</translation>
    </message>
    <message>
        <source>Before my first mentee</source>
        <translation>Avant mon premier mentoré</translation>
    </message>
    <message>
        <source>What you intend to do: a starting point to compare with later.</source>
        <translation>Ce que vous avez l&apos;intention de faire&#xa0;: un point de départ pour comparer plus tard.</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Commencer l&apos;auto-évaluation</translation>
    </message>
    <message>
        <source>Take it at the start, at the mid-point and at the close of a mentoring relationship to see what changes. Every attempt is kept in History.</source>
        <translation>Faites-la au début, à mi-parcours et à la clôture d&apos;une relation de mentorat pour voir ce qui change. Chaque passation est conservée dans l&apos;Historique.</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Commencer une nouvelle auto-évaluation</translation>
    </message>
</context>
<context>
    <name>ThemeChips</name>
    <message>
        <source>Add a theme from the playbook</source>
        <translation>Ajouter un thème du playbook</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Ajouter un thème…</translation>
    </message>
    <message>
        <source>No themes tagged yet.</source>
        <translation>Aucun thème associé pour le moment.</translation>
    </message>
    <message>
        <source>Open playbook entry</source>
        <translation>Ouvrir la fiche du playbook</translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation>Retirer le thème</translation>
    </message>
</context>
<context>
    <name>ThemeCountModel</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>G%1: %2</source>
        <translation>O%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (planifiée)</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agreement starts</source>
        <translation>Début du parcours</translation>
    </message>
    <message>
        <source>Mid-point review date</source>
        <translation>Date du bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>TrendCell</name>
    <message>
        <source>No score yet.</source>
        <translation>Pas encore de score.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>mentorpad is locked</source>
        <translation>mentorpad est verrouillé</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your notes.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir vos notes.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Créer un nouveau coffre…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to mentorpad</source>
        <translation>Bienvenue dans mentorpad</translation>
    </message>
    <message>
        <source>Your notes about the people you mentor are encrypted on this computer and never leave it: mentorpad works fully offline and sends nothing anywhere. Everything is locked with one passphrase that only you know. If you forget it, nobody can recover your notes, not even us.</source>
        <translation>Vos notes sur les personnes que vous accompagnez sont chiffrées sur cet ordinateur et ne le quittent jamais&#xa0;: mentorpad fonctionne entièrement hors ligne et n&apos;envoie rien nulle part. Tout est verrouillé par une phrase secrète que vous seul connaissez. Si vous l&apos;oubliez, personne ne peut récupérer vos notes, pas même nous.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Already use mentorpad on another computer? Join its sync folder…</source>
        <translation>Vous utilisez déjà mentorpad sur un autre ordinateur&#xa0;? Rejoignez son dossier de synchronisation…</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>A short sentence of four or more words is ideal.</source>
        <translation>Une courte phrase d&apos;au moins quatre mots est idéale.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Créer mon coffre</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Ouvrir un autre coffre…</translation>
    </message>
    <message>
        <source>The vault will be created at %1</source>
        <translation>Le coffre sera créé dans %1</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Les deux phrases secrètes ne correspondent pas encore.</translation>
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
        <translation>Choisissez un autre nom</translation>
    </message>
    <message>
        <source>%1 already exists. mentorpad never replaces or writes through anything that is already there: choose another name.</source>
        <translation>%1 existe déjà. mentorpad ne remplace jamais ce qui est déjà là et n&apos;écrit jamais à travers&#xa0;: choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save as Markdown</source>
        <translation>Enregistrer en Markdown</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>New in the role</source>
        <translation>Nouveau dans le rôle</translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation>En difficulté</translation>
    </message>
    <message>
        <source>Capable of more</source>
        <translation>Prêt pour davantage</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <source>Regular session</source>
        <translation>Séance régulière</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Séance de clôture</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Résumé partagé</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Goal</source>
        <comment>GROW phase</comment>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Reality</source>
        <comment>GROW phase</comment>
        <translation>Réalité</translation>
    </message>
    <message>
        <source>Options</source>
        <comment>GROW phase</comment>
        <translation>Options</translation>
    </message>
    <message>
        <source>Will</source>
        <comment>GROW phase</comment>
        <translation>Volonté</translation>
    </message>
    <message>
        <source>mid-point review</source>
        <translation>bilan à mi-parcours</translation>
    </message>
    <message>
        <source>closing session</source>
        <translation>séance de clôture</translation>
    </message>
    <message>
        <source>Within 2–4 weeks</source>
        <translation>Dans les 2 à 4 semaines</translation>
    </message>
    <message>
        <source>Within 2–3 months</source>
        <translation>Dans les 2 à 3 mois</translation>
    </message>
    <message>
        <source>Within 3–6 months</source>
        <translation>Dans les 3 à 6 mois</translation>
    </message>
    <message>
        <source>recurring theme</source>
        <translation>thème récurrent</translation>
    </message>
    <message>
        <source>recent theme</source>
        <translation>thème récent</translation>
    </message>
    <message>
        <source>theme from an earlier session</source>
        <translation>thème d&apos;une séance précédente</translation>
    </message>
    <message>
        <source>related to a recent theme</source>
        <translation>lié à un thème récent</translation>
    </message>
    <message>
        <source>common for this stage</source>
        <translation>fréquent à cette étape</translation>
    </message>
    <message>
        <source>asked before, worth revisiting</source>
        <translation>déjà posée, à reprendre</translation>
    </message>
    <message>
        <source>fits the goal “%1”</source>
        <translation>correspond à l&apos;objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très robuste</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>A passphrase of only spaces is too easy to guess.</source>
        <translation>Une phrase secrète faite uniquement d&apos;espaces est trop facile à deviner.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords.</source>
        <translation>C&apos;est l&apos;un des mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>Too many repeated characters.</source>
        <translation>Trop de caractères répétés.</translation>
    </message>
    <message>
        <source>Use at least %1 characters: a short sentence works well.</source>
        <translation>Utilisez au moins %1 caractères&#xa0;: une courte phrase convient bien.</translation>
    </message>
    <message>
        <source>Too easy to guess: add a few more words.</source>
        <translation>Trop facile à deviner&#xa0;: ajoutez quelques mots.</translation>
    </message>
    <message>
        <source>Acceptable. A few more words would make it stronger.</source>
        <translation>Acceptable. Quelques mots de plus la rendraient plus robuste.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Très robuste.</translation>
    </message>
    <message>
        <source>The vault could not be used</source>
        <translation>Le coffre n&apos;a pas pu être utilisé</translation>
    </message>
    <message>
        <source>No vault at that location</source>
        <translation>Aucun coffre à cet emplacement</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Phrase secrète incorrecte</translation>
    </message>
    <message>
        <source>Not a mentorpad vault</source>
        <translation>Ce n&apos;est pas un coffre mentorpad</translation>
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation>Le coffre est endommagé</translation>
    </message>
    <message>
        <source>The vault file is incomplete</source>
        <translation>Le fichier du coffre est incomplet</translation>
    </message>
    <message>
        <source>Vault from a newer mentorpad</source>
        <translation>Coffre d&apos;une version plus récente de mentorpad</translation>
    </message>
    <message>
        <source>Vault already open</source>
        <translation>Coffre déjà ouvert</translation>
    </message>
    <message>
        <source>A file already exists there</source>
        <translation>Un fichier existe déjà à cet endroit</translation>
    </message>
    <message>
        <source>Something already exists there</source>
        <translation>Quelque chose existe déjà à cet endroit</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Le fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>Passphrase too weak</source>
        <translation>Phrase secrète trop faible</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>The vault is being synced</source>
        <translation>Le coffre est en cours de synchronisation</translation>
    </message>
    <message>
        <source>The passphrase was not changed</source>
        <translation>La phrase secrète n&apos;a pas été changée</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>The sync folder cannot be used</source>
        <translation>Le dossier de synchronisation est inutilisable</translation>
    </message>
    <message>
        <source>The passphrase was changed on another device</source>
        <translation>La phrase secrète a été changée sur un autre appareil</translation>
    </message>
    <message>
        <source>This vault was copied to another computer</source>
        <translation>Ce coffre a été copié sur un autre ordinateur</translation>
    </message>
    <message>
        <source>The vault is still open</source>
        <translation>Le coffre est encore ouvert</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 is %2, not this vault&apos;s record of its last sync; it was left alone and nothing was synced. Remove it, then sync again.</source>
        <translation>%1 est %2, et non le relevé de la dernière synchronisation de ce coffre ; il a été laissé tel quel et rien n&apos;a été synchronisé. Supprimez-le, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>%1 already exists (it is %2). mentorpad never overwrites or writes through anything that is already there: choose another name.</source>
        <translation>%1 existe déjà (c&apos;est %2). mentorpad n&apos;écrase jamais ce qui est déjà là et n&apos;écrit jamais à travers&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a symbolic link to nothing</source>
        <translation>un lien symbolique vers rien</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe, FIFO</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>mentorpad may not write in %1. Choose a folder you can write to; nothing was written.</source>
        <translation>mentorpad n&apos;a pas le droit d&apos;écrire dans %1. Choisissez un dossier où vous pouvez écrire&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>Le dossier %1 n&apos;existe pas&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a folder, so nothing can be saved in it.</source>
        <translation>%1 n&apos;est pas un dossier&#xa0;: rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>%1 did not read back as written; nothing was saved.</source>
        <translation>%1 ne s&apos;est pas relu tel qu&apos;il a été écrit&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The name %1 or the folders before it are too long for this disk. Choose a shorter name or a folder nearer the top; nothing was written.</source>
        <translation>Le nom %1 ou les dossiers qui le précèdent sont trop longs pour ce disque. Choisissez un nom plus court ou un dossier moins profond ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>save your changes</source>
        <comment>action</comment>
        <translation>enregistrer vos modifications</translation>
    </message>
    <message>
        <source>add the mentee</source>
        <comment>action</comment>
        <translation>ajouter le mentoré</translation>
    </message>
    <message>
        <source>save the mentee</source>
        <comment>action</comment>
        <translation>enregistrer le mentoré</translation>
    </message>
    <message>
        <source>delete the mentee</source>
        <comment>action</comment>
        <translation>supprimer le mentoré</translation>
    </message>
    <message>
        <source>save your notes</source>
        <comment>action</comment>
        <translation>enregistrer vos notes</translation>
    </message>
    <message>
        <source>save the agreement</source>
        <comment>action</comment>
        <translation>enregistrer l&apos;accord</translation>
    </message>
    <message>
        <source>add the session</source>
        <comment>action</comment>
        <translation>ajouter la séance</translation>
    </message>
    <message>
        <source>save a setting</source>
        <comment>action</comment>
        <translation>enregistrer un paramètre</translation>
    </message>
    <message>
        <source>save the session</source>
        <comment>action</comment>
        <translation>enregistrer la séance</translation>
    </message>
    <message>
        <source>delete the session</source>
        <comment>action</comment>
        <translation>supprimer la séance</translation>
    </message>
    <message>
        <source>save the themes</source>
        <comment>action</comment>
        <translation>enregistrer les thèmes</translation>
    </message>
    <message>
        <source>tag the theme</source>
        <comment>action</comment>
        <translation>associer le thème</translation>
    </message>
    <message>
        <source>add the commitment</source>
        <comment>action</comment>
        <translation>ajouter l&apos;engagement</translation>
    </message>
    <message>
        <source>save the commitment</source>
        <comment>action</comment>
        <translation>enregistrer l&apos;engagement</translation>
    </message>
    <message>
        <source>delete the commitment</source>
        <comment>action</comment>
        <translation>supprimer l&apos;engagement</translation>
    </message>
    <message>
        <source>save the rating</source>
        <comment>action</comment>
        <translation>enregistrer la note</translation>
    </message>
    <message>
        <source>remember the question</source>
        <comment>action</comment>
        <translation>retenir la question</translation>
    </message>
    <message>
        <source>save your answers</source>
        <comment>action</comment>
        <translation>enregistrer vos réponses</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <comment>action</comment>
        <translation>changer la phrase secrète</translation>
    </message>
    <message>
        <source>create the vault</source>
        <comment>action</comment>
        <translation>créer le coffre</translation>
    </message>
    <message>
        <source>open the vault</source>
        <comment>action</comment>
        <translation>ouvrir le coffre</translation>
    </message>
    <message>
        <source>read the commitments</source>
        <comment>action</comment>
        <translation>lire les engagements</translation>
    </message>
    <message>
        <source>read the mentees</source>
        <comment>action</comment>
        <translation>lire les mentorés</translation>
    </message>
    <message>
        <source>read the ratings</source>
        <comment>action</comment>
        <translation>lire les notes</translation>
    </message>
    <message>
        <source>read the sessions</source>
        <comment>action</comment>
        <translation>lire les séances</translation>
    </message>
    <message>
        <source>read the themes</source>
        <comment>action</comment>
        <translation>lire les thèmes</translation>
    </message>
    <message>
        <source>restore the backup</source>
        <comment>action</comment>
        <translation>restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>search</source>
        <comment>action</comment>
        <translation>effectuer la recherche</translation>
    </message>
    <message>
        <source>sync the vault</source>
        <comment>action</comment>
        <translation>synchroniser le coffre</translation>
    </message>
    <message>
        <source>write the backup</source>
        <comment>action</comment>
        <translation>écrire la sauvegarde</translation>
    </message>
    <message>
        <source>A sync was interrupted while it saved (the disk was full, or mentorpad was stopped), and that unfinished save cannot be undone until there is room on the disk. The vault was not opened and nothing in it was changed: everything saved before that sync is still there. Free some space on the disk, then open the vault again.</source>
        <translation>Une synchronisation a été interrompue pendant qu&apos;elle enregistrait (le disque était plein, ou mentorpad a été arrêté), et cet enregistrement inachevé ne peut être annulé que s&apos;il y a de la place sur le disque. Le coffre n&apos;a pas été ouvert et rien n&apos;y a été modifié&#xa0;: tout ce qui était enregistré avant cette synchronisation est toujours là. Libérez de l&apos;espace sur le disque, puis rouvrez le coffre.</translation>
    </message>
    <message>
        <source>A sync was interrupted while it saved, and that unfinished save could not be undone now. The vault was not opened and nothing in it was changed: everything saved before that sync is still there. Close any other program using the vault, then open it again.</source>
        <translation>Une synchronisation a été interrompue pendant qu&apos;elle enregistrait, et cet enregistrement inachevé n&apos;a pas pu être annulé pour l&apos;instant. Le coffre n&apos;a pas été ouvert et rien n&apos;y a été modifié&#xa0;: tout ce qui était enregistré avant cette synchronisation est toujours là. Fermez tout autre programme qui utilise le coffre, puis rouvrez-le.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The vault is being synced; try again in a moment.</source>
        <translation>Le coffre est en cours de synchronisation&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>That backup is the vault itself; choose a backup file.</source>
        <translation>Cette sauvegarde est le coffre lui-même&#xa0;; choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again. (If you are sure it is right, the file&apos;s header may be damaged: a backup will open.)</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce coffre. Vérifiez la touche Verr. Maj et la disposition du clavier, puis réessayez. (Si vous êtes sûr qu&apos;elle est correcte, l&apos;en-tête du fichier est peut-être endommagé&#xa0;: une sauvegarde s&apos;ouvrira.)</translation>
    </message>
    <message>
        <source>That key belongs to a different vault file.</source>
        <translation>Cette clé appartient à un autre fichier de coffre.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes): it is not a mentorpad vault. If it should be your vault, it was emptied by something outside mentorpad: restore a backup.</source>
        <translation>Ce fichier est vide (0 octet)&#xa0;: ce n&apos;est pas un coffre mentorpad. S&apos;il devrait s&apos;agir de votre coffre, il a été vidé par quelque chose d&apos;extérieur à mentorpad&#xa0;: restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>This is an ordinary, unencrypted SQLite database, not a mentorpad vault. mentorpad never stores notes unencrypted.</source>
        <translation>Il s&apos;agit d&apos;une base de données SQLite ordinaire, non chiffrée, et non d&apos;un coffre mentorpad. mentorpad n&apos;enregistre jamais de notes en clair.</translation>
    </message>
    <message>
        <source>This file is too small to be a mentorpad vault. If it should be your vault, it was cut short: restore a backup.</source>
        <translation>Ce fichier est trop petit pour être un coffre mentorpad. S&apos;il devrait s&apos;agir de votre coffre, il a été tronqué&#xa0;: restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>This file is not a mentorpad vault (its size does not fit the format). If it should be your vault, restore a backup.</source>
        <translation>Ce fichier n&apos;est pas un coffre mentorpad (sa taille ne correspond pas au format). S&apos;il devrait s&apos;agir de votre coffre, restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The passphrase is right, but the start of the vault file is damaged (page 1 fails its check), so it cannot be opened. Restore a backup; this file has not been changed.</source>
        <translation>La phrase secrète est correcte, mais le début du fichier du coffre est endommagé (la page 1 échoue à la vérification)&#xa0;: il ne peut donc pas être ouvert. Restaurez une sauvegarde&#xa0;; ce fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The vault file is incomplete: its pages are intact but some are missing from its end, as after an interrupted copy. Restore a backup; this file has not been changed.</source>
        <translation>Le fichier du coffre est incomplet&#xa0;: ses pages sont intactes, mais certaines manquent à la fin, comme après une copie interrompue. Restaurez une sauvegarde&#xa0;; ce fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The vault file is incomplete: it ends part-way through a page, as after an interrupted copy. Restore a backup; this file has not been changed.</source>
        <translation>Le fichier du coffre est incomplet&#xa0;: il s&apos;arrête au milieu d&apos;une page, comme après une copie interrompue. Restaurez une sauvegarde&#xa0;; ce fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The vault file is incomplete: pages are missing from its end, as after an interrupted copy. Restore a backup; this file has not been changed.</source>
        <translation>Le fichier du coffre est incomplet&#xa0;: des pages manquent à la fin, comme après une copie interrompue. Restaurez une sauvegarde&#xa0;; ce fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This is an encrypted database, but not one made by mentorpad, so it was left untouched.</source>
        <translation>Il s&apos;agit d&apos;une base de données chiffrée, mais elle n&apos;a pas été créée par mentorpad&#xa0;: elle n&apos;a donc pas été modifiée.</translation>
    </message>
    <message>
        <source>This vault is open in another mentorpad window or command. Close it there (or wait for the command to finish), then try again; nothing was changed.</source>
        <translation>Ce coffre est ouvert dans une autre fenêtre ou commande de mentorpad. Fermez-le là-bas (ou attendez la fin de la commande), puis réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Another connection to the vault is busy, so the passphrase was not changed. Close other mentorpad windows and try again.</source>
        <translation>Une autre connexion au coffre est occupée&#xa0;: la phrase secrète n&apos;a donc pas été changée. Fermez les autres fenêtres de mentorpad et réessayez.</translation>
    </message>
    <message>
        <source>The passphrase change could not be verified: the new passphrase does not open the vault. Your old passphrase still works.</source>
        <translation>Le changement de phrase secrète n&apos;a pas pu être vérifié&#xa0;: la nouvelle phrase secrète n&apos;ouvre pas le coffre. Votre ancienne phrase secrète fonctionne toujours.</translation>
    </message>
    <message>
        <source>The old passphrase still opens the vault: the change did not take.</source>
        <translation>L&apos;ancienne phrase secrète ouvre encore le coffre&#xa0;: le changement n&apos;a pas pris effet.</translation>
    </message>
    <message>
        <source>The backup did not verify: it is not readable as a vault.</source>
        <translation>La sauvegarde n&apos;a pas passé la vérification&#xa0;: elle n&apos;est pas lisible comme coffre.</translation>
    </message>
    <message>
        <source>The backup did not verify after writing; it was discarded.</source>
        <translation>La sauvegarde n&apos;a pas passé la vérification après l&apos;écriture&#xa0;; elle a été supprimée.</translation>
    </message>
    <message>
        <source>The disk is full, so mentorpad could not %1. Your text is still on screen: free some space and it will be saved.</source>
        <translation>Le disque est plein&#xa0;: mentorpad n&apos;a pas pu %1. Votre texte est toujours à l&apos;écran&#xa0;: libérez de l&apos;espace et il sera enregistré.</translation>
    </message>
    <message>
        <source>The disk is full, so mentorpad could not %1. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: mentorpad n&apos;a pas pu %1. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>mentorpad could not %1: the vault file could not be written (%2). Your text is still on screen.</source>
        <translation>mentorpad n&apos;a pas pu %1&#xa0;: le fichier du coffre n&apos;a pas pu être écrit (%2). Votre texte est toujours à l&apos;écran.</translation>
    </message>
    <message>
        <source>mentorpad could not %1 because the vault file is damaged. Restore a backup (File &gt; Restore from Backup…).</source>
        <translation>mentorpad n&apos;a pas pu %1, car le fichier du coffre est endommagé. Restaurez une sauvegarde (Fichier &gt; Restaurer une sauvegarde…).</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Il n&apos;y a pas de coffre dans %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault file.</source>
        <translation>%1 est un dossier, et non un fichier de coffre.</translation>
    </message>
    <message>
        <source>%1 already exists: mentorpad never overwrites a file.</source>
        <translation>%1 existe déjà&#xa0;: mentorpad n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>The passphrase is right, but %1 page(s) of the vault are damaged, so it cannot be opened. Restore a backup; this file has not been changed.</source>
        <translation>La phrase secrète est correcte, mais %1 page(s) du coffre sont endommagées&#xa0;: il ne peut donc pas être ouvert. Restaurez une sauvegarde&#xa0;; ce fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This vault was written by a newer mentorpad (data format %1; this version knows up to %2). Update mentorpad to open it: nothing in the file was changed.</source>
        <translation>Ce coffre a été écrit par une version plus récente de mentorpad (format de données %1&#xa0;; cette version connaît jusqu&apos;au format %2). Mettez mentorpad à jour pour l&apos;ouvrir&#xa0;: rien n&apos;a été modifié dans le fichier.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup did not verify after writing: %1</source>
        <translation>La sauvegarde n&apos;a pas passé la vérification après l&apos;écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>This backup is damaged too: %1</source>
        <translation>Cette sauvegarde est endommagée elle aussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file ends part-way through a page</source>
        <translation>le fichier s&apos;arrête au milieu d&apos;une page</translation>
    </message>
    <message>
        <source>some records point to records that no longer exist</source>
        <translation>certaines données renvoient à des données qui n&apos;existent plus</translation>
    </message>
    <message>
        <source>the authenticity check stopped: %1</source>
        <translation>la vérification d&apos;authenticité s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>structure check: %1</source>
        <translation>vérification de la structure&#xa0;: %1</translation>
    </message>
    <message>
        <source>The vault is damaged: %1</source>
        <translation>Le coffre est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The vault is intact: all %1 pages verified.</source>
        <translation>Le coffre est intact&#xa0;: les %1 pages ont toutes été vérifiées.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space and try again; nothing was left behind.</source>
        <translation>Le disque est plein : %1 n&apos;a pas pu être écrit. Libérez de l&apos;espace et réessayez ; il n&apos;en reste rien sur le disque.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was left behind.</source>
        <translation>%1 n&apos;a pas pu être écrit (%2) ; il n&apos;en reste rien sur le disque.</translation>
    </message>
    <message>
        <source>No temporary file could be made in %1.</source>
        <translation>Aucun fichier temporaire n&apos;a pu être créé dans %1.</translation>
    </message>
    <message>
        <source>The disk is full, so mentorpad could not %1: it needs a little free room beside the vault for its working files. The vault itself is intact (all %2 pages verified) and was not changed. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: mentorpad n&apos;a pas pu %1, car il a besoin d&apos;un peu d&apos;espace libre à côté du coffre pour ses fichiers de travail. Le coffre lui-même est intact (les %2 pages ont été vérifiées) et n&apos;a pas été modifié. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full, so mentorpad could not %1. Free some space and try again; the vault was not changed.</source>
        <translation>Le disque est plein&#xa0;: mentorpad n&apos;a pas pu %1. Libérez de l&apos;espace et réessayez&#xa0;; le coffre n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The disk is full, so the passphrase was not changed: changing it rewrites the whole vault and needs about %1 MB free beside it. Nothing was changed; your passphrase is still the old one. Free some space and try again.</source>
        <translation>Le disque est plein, la phrase secrète n&apos;a donc pas été changée&#xa0;: la changer réécrit tout le coffre et demande environ %1&#xa0;Mo libres à côté de lui. Rien n&apos;a été modifié&#xa0;; votre phrase secrète reste l&apos;ancienne. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk or in a folder mentorpad may not write to, so it can only be read. Copy it to a folder you can write to and use the copy; nothing was changed.</source>
        <translation>%1 se trouve sur un disque en lecture seule ou dans un dossier où mentorpad ne peut pas écrire&#xa0;: il ne peut qu&apos;être lu. Copiez-le dans un dossier où vous pouvez écrire et utilisez la copie&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 has changes in its -wal file that were never folded in (mentorpad was stopped while it had the vault open), and it is on a read-only disk or in a folder mentorpad may not write to, so they cannot be read there. Copy the vault and its -wal file to a folder you can write to and open the copy; nothing was changed.</source>
        <translation>%1 a dans son fichier -wal des modifications jamais intégrées (mentorpad a été arrêté pendant que le coffre était ouvert), et il se trouve sur un disque en lecture seule ou dans un dossier où mentorpad ne peut pas écrire&#xa0;: elles ne peuvent pas y être lues. Copiez le coffre et son fichier -wal dans un dossier où vous pouvez écrire et ouvrez la copie&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is still there (something wrote it during the restore), so the backup was not put in place.</source>
        <translation>%1 est toujours là (quelque chose l&apos;a écrit pendant la restauration)&#xa0;: la sauvegarde n&apos;a donc pas été mise en place.</translation>
    </message>
    <message>
        <source>The previous vault is kept at %1.</source>
        <translation>Le coffre précédent est conservé dans %1.</translation>
    </message>
    <message>
        <source>Close every program that uses the vault, then restore again.</source>
        <translation>Fermez tous les programmes qui utilisent le coffre, puis restaurez à nouveau.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Development report: %1</source>
        <translation>Rapport de développement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 for the mentor&apos;s own records. This file is not encrypted: keep it private and delete it when it has served its purpose.</source>
        <translation>Établi le %1, pour les seules archives du mentor. Ce fichier n&apos;est pas chiffré&#xa0;: gardez-le pour vous et supprimez-le dès qu&apos;il a servi.</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Capable of more</source>
        <translation>Prêt pour davantage</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation>En difficulté</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord de mentorat</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>toutes les %1 semaines</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Convenu le</translation>
    </message>
    <message>
        <source>Goals over time</source>
        <translation>Objectifs dans le temps</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Objectif %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Success looks like: %1</source>
        <translation>Signe de réussite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rated %1 times: from %2 to %3 (1 = far from the goal, 5 = reached).</source>
        <translation>Évalué %1 fois&#xa0;: de %2 à %3 (1 = loin de l&apos;objectif, 5 = atteint).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première fois</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>%1 held, %2 planned.</source>
        <translation>%1 tenue(s), %2 prévue(s).</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <source>Regular session</source>
        <translation>Séance régulière</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (prévue)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>%1 of %2 due kept (%3 on time)</source>
        <translation>%1 sur %2 engagements échus tenus (%3 à temps)</translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <translation>, %1 en retard</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>fait le %1</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De qui</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Mentoring agreement</source>
        <translation>Accord de mentorat</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>How we work</source>
        <translation>Notre façon de travailler</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>We meet</source>
        <translation>Nous nous voyons</translation>
    </message>
    <message>
        <source>from %1 to %2.</source>
        <translation>du %1 au %2.</translation>
    </message>
    <message>
        <source>Closing session</source>
        <translation>Séance de clôture</translation>
    </message>
    <message>
        <source>Contact between sessions</source>
        <translation>Contact entre les séances</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>La règle</translation>
    </message>
    <message>
        <source>Named exceptions</source>
        <translation>Exceptions convenues</translation>
    </message>
    <message>
        <source>What may be reported, and by whom</source>
        <translation>Ce qui peut être rapporté, et par qui</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Ending the mentoring (no-fault exit)</source>
        <translation>Mettre fin au mentorat (sans faute de quiconque)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Session summary: %1</source>
        <translation>Résumé de la séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No summary written for this session.</source>
        <translation>Aucun résumé n&apos;a été rédigé pour cette séance.</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Engagements en cours</translation>
    </message>
    <message>
        <source>No agreement recorded yet.</source>
        <translation>Aucun accord de mentorat enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No goals agreed yet.</source>
        <translation>Aucun objectif convenu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No themes tagged yet.</source>
        <translation>Aucun thème associé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Pas encore de séance.</translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation>Pas encore d&apos;engagement.</translation>
    </message>
    <message>
        <source>Still to be agreed:</source>
        <translation>Reste à convenir&#xa0;:</translation>
    </message>
    <message>
        <source>New in the role</source>
        <translation>Nouveau dans le rôle</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>1 commitment, none due yet.</source>
        <translation>1 engagement, aucun échu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Pas encore évalué.</translation>
    </message>
    <message>
        <source>%1 commitments, none due yet.</source>
        <translation>%1 engagements, aucun échu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>None of %1 due kept yet</source>
        <translation>Aucun des %1 engagements échus tenu pour l&apos;instant</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fixé</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
</context>
</TS>
