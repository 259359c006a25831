<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>JoinBox</name>
    <message>
        <source>In a classroom? Type the join code your trainer shows, then Join.</source>
        <translation>Mewn dosbarth? Teipiwch y cod ymuno y mae eich hyfforddwr yn ei ddangos, yna Ymuno.</translation>
    </message>
    <message>
        <source>The trainer will start the session when everyone has joined.</source>
        <translation>Bydd yr hyfforddwr yn dechrau&apos;r sesiwn pan fydd pawb wedi ymuno.</translation>
    </message>
    <message>
        <source>The session starts at {time}.</source>
        <translation>Mae&apos;r sesiwn yn dechrau am {time}.</translation>
    </message>
    <message>
        <source>Classroom session</source>
        <translation>Sesiwn dosbarth</translation>
    </message>
    <message>
        <source>Classroom &amp;join code</source>
        <translation>Cod &amp;ymuno&apos;r dosbarth</translation>
    </message>
    <message>
        <source>e.g. K7M 2QX</source>
        <translation>e.e. K7M 2QX</translation>
    </message>
    <message>
        <source>Classroom join code</source>
        <translation>Cod ymuno&apos;r dosbarth</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Ymuno</translation>
    </message>
    <message>
        <source>Join the classroom session</source>
        <translation>Ymuno â sesiwn y dosbarth</translation>
    </message>
    <message>
        <source>Leave the session</source>
        <translation>Gadael y sesiwn</translation>
    </message>
    <message>
        <source>Looking for session {code}…</source>
        <translation>Yn chwilio am sesiwn {code}…</translation>
    </message>
    <message>
        <source>Could not join: {why}</source>
        <translation>Methu ymuno: {why}</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>asesiad</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>ymarfer</translation>
    </message>
    <message>
        <source>You are in session {code} with {trainer}: {title}, {mode}.</source>
        <translation>Rydych chi yn sesiwn {code} gyda {trainer}: {title}, {mode}.</translation>
    </message>
    <message>
        <source>You are in session {code}: {title}, {mode}.</source>
        <translation>Rydych chi yn sesiwn {code}: {title}, {mode}.</translation>
    </message>
    <message>
        <source>It has started.</source>
        <translation>Mae wedi dechrau.</translation>
    </message>
</context>
<context>
    <name>ScenarioCard</name>
    <message>
        <source>Beginner</source>
        <translation>Dechreuwr</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Canolradd</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Uwch</translation>
    </message>
    <message>
        <source>This scenario has a problem and cannot be played:</source>
        <translation>Mae problem gyda&apos;r senario hwn ac ni ellir ei chwarae:</translation>
    </message>
    <message>
        <source>{title}, cannot be played</source>
        <translation>{title}, ni ellir ei chwarae</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <source>how sure you are counts</source>
        <translation>mae pa mor sicr ydych chi&apos;n cyfrif</translation>
    </message>
    <message>
        <source>best {score}/100</source>
        <translation>gorau {score}/100</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>heb roi cynnig arno eto</translation>
    </message>
    <message>
        <source>next in the course</source>
        <translation>nesaf yn y cwrs</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>As written</source>
        <translation>Fel y&apos;u hysgrifennwyd</translation>
    </message>
    <message>
        <source>1.5× as long</source>
        <translation>1.5× mor hir</translation>
    </message>
    <message>
        <source>2× as long</source>
        <translation>2× mor hir</translation>
    </message>
    <message>
        <source>3× as long</source>
        <translation>3× mor hir</translation>
    </message>
    <message>
        <source>Off: no decision runs out of time</source>
        <translation>Dim terfyn: ni fydd amser unrhyw benderfyniad yn dod i ben</translation>
    </message>
    <message>
        <source>For anyone who needs more time to read and decide: longer time limits, or none at all. It is kept with the attempt and does not change the score.</source>
        <translation>I unrhyw un sydd angen mwy o amser i ddarllen a phenderfynu: terfynau amser hirach, neu ddim o gwbl. Caiff ei gadw gyda&apos;r ymgais ac nid yw&apos;n newid y sgôr.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>Pause when you like, speed time up, see hints and live public-trust and internal-risk gauges.</source>
        <translation>Oedwch pan fynnwch, cyflymwch amser, a gwelwch awgrymiadau a mesuryddion byw ymddiriedaeth y cyhoedd a risg fewnol.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Real time, no pause, no hints. Taken once: your attempt is scored as it stands.</source>
        <translation>Amser real, dim oedi, dim awgrymiadau. Unwaith yn unig: caiff eich ymgais ei sgorio fel y mae.</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Bore</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Prynhawn</translation>
    </message>
    <message>
        <source>Start screen</source>
        <translation>Sgrin gychwyn</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Start the scenario</source>
        <translation>Dechrau&apos;r senario</translation>
    </message>
    <message>
        <source>Social media training for police officers and staff</source>
        <translation>Hyfforddiant cyfryngau cymdeithasol i swyddogion a staff yr heddlu</translation>
    </message>
    <message>
        <source>A live feed, real pressure, no real consequences. Play a scenario, then read what your choices caused and why.</source>
        <translation>Ffrwd fyw, pwysau go iawn, dim canlyniadau go iawn. Chwaraewch senario, yna darllenwch beth achosodd eich dewisiadau, a pham.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>e.g. PC Sam Okafor</source>
        <translation>e.e. PC Sam Okafor</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>Dewiswch senario</translation>
    </message>
    <message>
        <source>Opening the scenario library…</source>
        <translation>Yn agor y llyfrgell senarios…</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modd</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>Results: every attempt on this computer</source>
        <translation>Canlyniadau: pob ymgais ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>For trainers: every attempt kept on this computer, with pass rates and competency averages</source>
        <translation>I hyfforddwyr: pob ymgais a gadwyd ar y cyfrifiadur hwn, gyda chyfraddau llwyddo a chyfartaleddau cymhwysedd</translation>
    </message>
    <message>
        <source>Learning Record Store…</source>
        <translation>Storfa Cofnodion Dysgu…</translation>
    </message>
    <message>
        <source>Where attempts are sent as xAPI statements, and the classroom session</source>
        <translation>Lle caiff ymgeisiau eu hanfon fel datganiadau xAPI, a sesiwn y dosbarth</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Senarios</translation>
    </message>
    <message>
        <source>For trainers: write or check a scenario in the workbench</source>
        <translation>I hyfforddwyr: ysgrifennu neu wirio senario yn y fainc waith</translation>
    </message>
    <message>
        <source>New scenario…</source>
        <translation>Senario newydd…</translation>
    </message>
    <message>
        <source>Open a scenario file…</source>
        <translation>Agor ffeil senario…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Diweddar</translation>
    </message>
    <message>
        <source>Appearance…</source>
        <translation>Golwg…</translation>
    </message>
    <message>
        <source>Theme, text size and motion ({keys})</source>
        <translation>Thema, maint testun a symudiad ({keys})</translation>
    </message>
    <message>
        <source>Appearance: theme, text size and motion</source>
        <translation>Golwg: thema, maint testun a symudiad</translation>
    </message>
    <message>
        <source>{done} of {all} done</source>
        <translation>{done} o {all} wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>More scenarios</source>
        <translation>Rhagor o senarios</translation>
    </message>
    <message>
        <source>No scenarios found.</source>
        <translation>Ni chafwyd hyd i unrhyw senario.</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Terfynau amser</translation>
    </message>
    <message>
        <source>&amp;Time limits</source>
        <translation>&amp;Terfynau amser</translation>
    </message>
    <message>
        <source>Enter your name to start.</source>
        <translation>Rhowch eich enw i ddechrau.</translation>
    </message>
    <message>
        <source>Choose a scenario.</source>
        <translation>Dewiswch senario.</translation>
    </message>
    <message>
        <source>{name} took this assessment on {date}; it counts once. Practise it as often as you like, or ask your trainer.</source>
        <translation>Cymerodd {name} yr asesiad hwn ar {date}; dim ond unwaith y mae&apos;n cyfrif. Ymarferwch ef mor aml ag y mynnwch, neu holwch eich hyfforddwr.</translation>
    </message>
</context>
</TS>
