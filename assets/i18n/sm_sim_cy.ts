<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Awtomatig</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Golau</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tywyll</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Automatic (as the computer is set)</source>
        <translation>Awtomatig (fel y mae&apos;r cyfrifiadur wedi&apos;i osod)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Light or dark, as this computer is set.</source>
        <translation>Golau neu dywyll, fel y mae&apos;r cyfrifiadur hwn wedi&apos;i osod.</translation>
    </message>
    <message>
        <source>Dark text on white.</source>
        <translation>Testun tywyll ar wyn.</translation>
    </message>
    <message>
        <source>Light text on near-black.</source>
        <translation>Testun golau ar gefndir bron yn ddu.</translation>
    </message>
    <message>
        <source>White and bright colours on black, every text at least 7:1, a thick yellow focus ring.</source>
        <translation>Gwyn a lliwiau llachar ar ddu, pob testun o leiaf 7:1, a chylch ffocws melyn trwchus.</translation>
    </message>
    <message>
        <source>The feed holds still while posts arrive: a “new posts” button at its top shows them when you are ready. Menus and tips appear without sliding or fading.</source>
        <translation>Mae&apos;r ffrwd yn aros yn llonydd wrth i bostiadau gyrraedd: mae botwm “postiadau newydd” ar ei brig yn eu dangos pan fyddwch chi&apos;n barod. Mae dewislenni ac awgrymiadau&apos;n ymddangos heb lithro na phylu.</translation>
    </message>
    <message>
        <source>As this computer is set</source>
        <translation>Fel y mae&apos;r cyfrifiadur hwn wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Maint y testun</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>Every screen&apos;s text, and the posts, gauges and charts drawn with it.</source>
        <translation>Testun pob sgrin, a&apos;r postiadau, y mesuryddion a&apos;r siartiau sy&apos;n cael eu llunio ag ef.</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>Lleihau &amp;symud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Adfer y &amp;rhagosodiadau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
</context>
<context>
    <name>AttemptBar</name>
    <message>
        <source>Practice</source>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Public trust</source>
        <translation>Ymddiriedaeth y cyhoedd</translation>
    </message>
    <message>
        <source>Internal risk</source>
        <translation>Risg fewnol</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <source>Pause or resume (P)</source>
        <translation>Oedi neu ailddechrau (P)</translation>
    </message>
    <message>
        <source>Speed {speed} times</source>
        <translation>Cyflymder {speed} gwaith</translation>
    </message>
    <message>
        <source>Time into the scenario: {time}</source>
        <translation>Amser ers dechrau&apos;r senario: {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ailddechrau</translation>
    </message>
</context>
<context>
    <name>AttemptRecorder</name>
    <message>
        <source>This attempt is not being saved ({why}). You can finish it and see your debrief, but it will not be kept — please tell your trainer.</source>
        <translation>Nid yw&apos;r ymgais hon yn cael ei chadw ({why}). Gallwch ei gorffen a gweld eich ôl-drafodaeth, ond ni fydd yn cael ei chadw — rhowch wybod i&apos;ch hyfforddwr.</translation>
    </message>
    <message>
        <source>Unfinished attempts could not be looked for: {problem}</source>
        <translation>Doedd dim modd chwilio am ymgeisiau heb eu gorffen: {problem}</translation>
    </message>
    <message>
        <source>That attempt cannot be resumed: {problem}</source>
        <translation>Does dim modd ailddechrau&apos;r ymgais honno: {problem}</translation>
    </message>
    <message>
        <source>The unfinished attempt was given up; it is kept, unscored.</source>
        <translation>Rhoddwyd y gorau i&apos;r ymgais heb ei gorffen; mae&apos;n cael ei chadw, heb sgôr.</translation>
    </message>
    <message>
        <source>That attempt could not be given up: {problem}</source>
        <translation>Doedd dim modd rhoi&apos;r gorau i&apos;r ymgais honno: {problem}</translation>
    </message>
</context>
<context>
    <name>AttemptView</name>
    <message>
        <source>Paused by your trainer. Your time is not running; the session goes on when they say.</source>
        <translation>Mae eich hyfforddwr wedi oedi&apos;r sesiwn. Nid yw eich amser yn rhedeg; bydd y sesiwn yn parhau pan fyddan nhw&apos;n dweud.</translation>
    </message>
    <message>
        <source>The feed is quiet. Posts will arrive here.</source>
        <translation>Mae&apos;r ffrwd yn dawel. Bydd postiadau&apos;n cyrraedd yma.</translation>
    </message>
    <message>
        <source>Home timeline</source>
        <translation>Llinell amser Cartref</translation>
    </message>
    <message>
        <source>Mentions, replies and quote-posts of your posts.</source>
        <translation>Sôn amdanoch chi, atebion i&apos;ch postiadau a dyfyniadau ohonynt.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Hysbysiadau</translation>
    </message>
    <message>
        <source>Your move</source>
        <translation>Eich tro</translation>
    </message>
    <message>
        <source>No press coverage yet.</source>
        <translation>Dim sylw yn y wasg eto.</translation>
    </message>
    <message>
        <source>Work inbox</source>
        <translation>Mewnflwch gwaith</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Newyddion</translation>
    </message>
    <message>
        <source>Time ran out — the default was: {option}</source>
        <translation>Daeth yr amser i ben — y dewis diofyn oedd: {option}</translation>
    </message>
    <message>
        <source>Use J and K to move to a post first.</source>
        <translation>Defnyddiwch J a K i symud at bostiad yn gyntaf.</translation>
    </message>
    <message>
        <source>Message to {handle}</source>
        <translation>Neges at {handle}</translation>
    </message>
    <message>
        <source>Replying to {handle}</source>
        <translation>Yn ateb {handle}</translation>
    </message>
    <message>
        <source>Quoting {handle}: {text}</source>
        <translation>Yn dyfynnu {handle}: {text}</translation>
    </message>
    <message>
        <source>Liking {handle}: {text}</source>
        <translation>Yn hoffi {handle}: {text}</translation>
    </message>
    <message>
        <source>Reposting {handle}: {text}</source>
        <translation>Yn ailbostio {handle}: {text}</translation>
    </message>
    <message>
        <source>Reporting {handle}: {text}</source>
        <translation>Yn rhoi gwybod am {handle}: {text}</translation>
    </message>
    <message>
        <source>Deleting {handle}: {text}</source>
        <translation>Yn dileu {handle}: {text}</translation>
    </message>
    <message>
        <source>Passing this to {name}</source>
        <translation>Yn trosglwyddo hyn i {name}</translation>
    </message>
    <message>
        <source>Passing this to your supervisor</source>
        <translation>Yn trosglwyddo hyn i&apos;ch goruchwyliwr</translation>
    </message>
</context>
<context>
    <name>AttemptsTable</name>
    <message>
        <source>Attempts</source>
        <translation>Ymgeisiau</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>an unexpected problem (the details are in the log)</source>
        <translation>problem annisgwyl (mae&apos;r manylion yn y log)</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <source>You → {handle}</source>
        <translation>Chi → {handle}</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>a strong choice</source>
        <translation>dewis cryf</translation>
    </message>
    <message>
        <source>partly right</source>
        <translation>yn rhannol gywir</translation>
    </message>
    <message>
        <source>a poor choice</source>
        <translation>dewis gwael</translation>
    </message>
    <message>
        <source>waiting for your trainer</source>
        <translation>yn aros am eich hyfforddwr</translation>
    </message>
    <message>
        <source>it helped</source>
        <translation>fe helpodd</translation>
    </message>
    <message>
        <source>it did not change your score</source>
        <translation>ni newidiodd eich sgôr</translation>
    </message>
    <message>
        <source>it cost you points</source>
        <translation>fe gostiodd bwyntiau i chi</translation>
    </message>
    <message>
        <source>low</source>
        <translation>isel</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>canolig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>uchel</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>dim pwyntiau</translation>
    </message>
    <message>
        <source>{title}, {time} in: {verdict}</source>
        <translation>{title}, {time} i mewn: {verdict}</translation>
    </message>
    <message>
        <source>Flagged in your words:</source>
        <translation>Wedi&apos;i nodi yn eich geiriau:</translation>
    </message>
    <message>
        <source>What followed:</source>
        <translation>Beth ddigwyddodd wedyn:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Pwyntiau:</translation>
    </message>
    <message>
        <source>Decision {number}</source>
        <translation>Penderfyniad {number}</translation>
    </message>
    <message>
        <source>Time ran out:</source>
        <translation>Daeth yr amser i ben:</translation>
    </message>
    <message>
        <source>You chose:</source>
        <translation>Eich dewis:</translation>
    </message>
    <message>
        <source>Your reply did well: {checks}</source>
        <translation>Roedd eich ateb yn dda o ran: {checks}</translation>
    </message>
    <message>
        <source>Your reply missed: {checks}</source>
        <translation>Roedd eich ateb heb: {checks}</translation>
    </message>
    <message>
        <source>Your reply included: {checks}</source>
        <translation>Roedd eich ateb yn cynnwys: {checks}</translation>
    </message>
    <message>
        <source>Not judged yet: your reply is {language}, which the checks do not read. It earns no points until your trainer has read it.</source>
        <translation>Heb ei farnu eto: mae eich ateb {language}, na all y gwiriadau ei darllen. Ni fydd yn ennill pwyntiau nes bydd eich hyfforddwr wedi’i ddarllen.</translation>
    </message>
    <message>
        <source>Reviewed by your trainer:</source>
        <translation>Wedi&apos;i adolygu gan eich hyfforddwr:</translation>
    </message>
    <message>
        <source>Good practice in your words:</source>
        <translation>Arfer da yn eich geiriau:</translation>
    </message>
    <message>
        <source>What it caused:</source>
        <translation>Beth achosodd hyn:</translation>
    </message>
    <message>
        <source>Confidence: {level}. {note}</source>
        <translation>Hyder: {level}. {note}</translation>
    </message>
    <message>
        <source>A better response:</source>
        <translation>Ymateb gwell:</translation>
    </message>
    <message>
        <source>Practise again from here</source>
        <translation>Ymarfer eto o&apos;r fan hon</translation>
    </message>
    <message>
        <source>A new practice attempt: your earlier answers are kept, and the feed plays on from just before this decision</source>
        <translation>Ymgais ymarfer newydd: caiff eich atebion cynharach eu cadw, a bydd y ffrwd yn parhau o ychydig cyn y penderfyniad hwn</translation>
    </message>
    <message>
        <source>On your own initiative</source>
        <translation>Ar eich liwt eich hun</translation>
    </message>
    <message>
        <source>What it caused ({time}):</source>
        <translation>Beth achosodd hyn ({time}):</translation>
    </message>
</context>
<context>
    <name>ClassDebrief</name>
    <message>
        <source>Nothing to show yet: the class&apos;s answers appear here as they are given.</source>
        <translation>Dim byd i&apos;w ddangos eto: bydd atebion y dosbarth yn ymddangos yma wrth iddyn nhw gael eu rhoi.</translation>
    </message>
    <message>
        <source>What the detectors found in the {count} written reply</source>
        <translation>Beth ganfu&apos;r canfodyddion mewn {count} ateb ysgrifenedig</translation>
    </message>
    <message>
        <source>What the detectors found in the {count} written replies</source>
        <translation>Beth ganfu&apos;r canfodyddion mewn {count} ateb ysgrifenedig</translation>
    </message>
    <message>
        <source>What the detectors found in the {count} written reply: nothing</source>
        <translation>Beth ganfu&apos;r canfodyddion mewn {count} ateb ysgrifenedig: dim byd</translation>
    </message>
    <message>
        <source>What the detectors found in the {count} written replies: nothing</source>
        <translation>Beth ganfu&apos;r canfodyddion mewn {count} ateb ysgrifenedig: dim byd</translation>
    </message>
    <message>
        <source>Class debrief — {code}</source>
        <translation>Ôl-drafodaeth y dosbarth — {code}</translation>
    </message>
    <message>
        <source>Class debrief</source>
        <translation>Ôl-drafodaeth y dosbarth</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>Y senario sy&apos;n cael ei ddangos</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Dangos enwau</translation>
    </message>
    <message>
        <source>Off: each recruit is Recruit A, Recruit B … (the same letter all session). On: their names, as they typed them.</source>
        <translation>I ffwrdd: mae pob recriwt yn Recriwt A, Recriwt B … (yr un llythyren drwy&apos;r sesiwn). Ymlaen: eu henwau, fel y gwnaethon nhw eu teipio.</translation>
    </message>
    <message>
        <source>A recruit</source>
        <translation>Recriwt</translation>
    </message>
    <message>
        <source>Recruit {letters}</source>
        <translation>Recriwt {letters}</translation>
    </message>
    <message>
        <source>Class debrief · {title}</source>
        <translation>Ôl-drafodaeth y dosbarth · {title}</translation>
    </message>
    <message>
        <source>{joined} joined · {finished} finished · {passed} passed</source>
        <translation>{joined} wedi ymuno · {finished} wedi gorffen · {passed} wedi llwyddo</translation>
    </message>
    <message>
        <source>Decision {number}: {prompt}</source>
        <translation>Penderfyniad {number}: {prompt}</translation>
    </message>
    <message>
        <source>{count} answered</source>
        <translation>{count} wedi ateb</translation>
    </message>
    <message>
        <source>How the class answered</source>
        <translation>Sut atebodd y dosbarth</translation>
    </message>
    <message>
        <source>Flags raised</source>
        <translation>Materion a nodwyd</translation>
    </message>
    <message>
        <source>Where the class ended</source>
        <translation>Ble gorffennodd y dosbarth</translation>
    </message>
    <message>
        <source>Endings reached</source>
        <translation>Diweddgloeon a gyrhaeddwyd</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Out of touch with the classroom ({problem}): carry on, your work is kept and goes when the connection is back.</source>
        <translation>Dim cysylltiad â&apos;r dosbarth ({problem}): daliwch ati, mae eich gwaith yn cael ei gadw a bydd yn mynd pan fydd y cysylltiad yn ôl.</translation>
    </message>
    <message>
        <source>Back in touch with the classroom.</source>
        <translation>Mewn cysylltiad â&apos;r dosbarth eto.</translation>
    </message>
    <message>
        <source>Out of touch with the classroom ({problem}).</source>
        <translation>Dim cysylltiad â&apos;r dosbarth ({problem}).</translation>
    </message>
</context>
<context>
    <name>ClassroomSeat</name>
    <message>
        <source>this computer has no Learning Record Store set; ask your trainer to set it (Learning Record Store… at the top)</source>
        <translation>nid oes Storfa Cofnodion Dysgu wedi&apos;i gosod ar y cyfrifiadur hwn; gofynnwch i&apos;ch hyfforddwr ei gosod (Storfa Cofnodion Dysgu… ar y brig)</translation>
    </message>
    <message>
        <source>type your name first, as your trainer will see it.</source>
        <translation>teipiwch eich enw yn gyntaf, fel y bydd eich hyfforddwr yn ei weld.</translation>
    </message>
    <message>
        <source>This attempt is part of classroom session {code}, but {why}.</source>
        <translation>Mae&apos;r ymgais hon yn rhan o sesiwn dosbarth {code}, ond {why}.</translation>
    </message>
    <message>
        <source>You have finished every scenario of session {code} on this computer.</source>
        <translation>Rydych chi wedi gorffen pob senario yn sesiwn {code} ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Session {code} plays &apos;{scenario}&apos;, which is not installed on this computer: tell your trainer.</source>
        <translation>Mae sesiwn {code} yn chwarae &apos;{scenario}&apos;, nad yw wedi&apos;i gosod ar y cyfrifiadur hwn: rhowch wybod i&apos;ch hyfforddwr.</translation>
    </message>
    <message>
        <source>Your trainer has paused the session.</source>
        <translation>Mae eich hyfforddwr wedi oedi&apos;r sesiwn.</translation>
    </message>
    <message>
        <source>Your trainer has let the session go on.</source>
        <translation>Mae eich hyfforddwr wedi gadael i&apos;r sesiwn barhau.</translation>
    </message>
</context>
<context>
    <name>CohortChart</name>
    <message>
        <source>Competency averages</source>
        <translation>Cyfartaleddau cymhwysedd</translation>
    </message>
    <message>
        <source>{title}: mean {mean} from {count} attempts</source>
        <translation>{title}: cyfartaledd {mean} o {count} ymgais</translation>
    </message>
    <message>
        <source>no finished attempts</source>
        <translation>dim ymgeisiau wedi&apos;u gorffen</translation>
    </message>
    <message>
        <source>No finished attempts match these filters.</source>
        <translation>Does dim ymgeisiau wedi&apos;u gorffen yn cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
</context>
<context>
    <name>CohortSummary</name>
    <message>
        <source>Attempts</source>
        <translation>Ymgeisiau</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Cyfradd llwyddo</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Sgôr gyfartalog</translation>
    </message>
    <message>
        <source>Mean score per competency</source>
        <translation>Sgôr gyfartalog fesul cymhwysedd</translation>
    </message>
    <message>
        <source>The mean of the finished attempts shown; n is how many of them were scored on that competency.</source>
        <translation>Cyfartaledd yr ymgeisiau gorffenedig a ddangosir; n yw faint ohonynt a gafodd sgôr ar y cymhwysedd hwnnw.</translation>
    </message>
    <message>
        <source>{finished} finished · {count} trainee</source>
        <translation>{finished} wedi gorffen · {count} hyfforddai</translation>
    </message>
    <message>
        <source>{finished} finished · {count} trainees</source>
        <translation>{finished} wedi gorffen · {count} hyfforddai</translation>
    </message>
    <message>
        <source>{passed} of {finished} finished passed</source>
        <translation>{passed} o&apos;r {finished} a orffennodd wedi llwyddo</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>allan o 100</translation>
    </message>
</context>
<context>
    <name>CompetencyChart</name>
    <message>
        <source>Competency scores: {scores}</source>
        <translation>Sgorau cymhwysedd: {scores}</translation>
    </message>
    <message>
        <source>reached the pass mark</source>
        <translation>wedi cyrraedd y marc llwyddo</translation>
    </message>
    <message>
        <source>below the pass mark</source>
        <translation>o dan y marc llwyddo</translation>
    </message>
    <message>
        <source>pass mark {mark}</source>
        <translation>marc llwyddo {mark}</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Nothing needs you right now. Keep an eye on the feed, your messages and the work inbox.</source>
        <translation>Does dim byd angen eich sylw ar hyn o bryd. Cadwch lygad ar y ffrwd, eich negeseuon a&apos;r mewnflwch gwaith.</translation>
    </message>
    <message>
        <source>Your move</source>
        <translation>Eich tro</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Eich ateb</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Anfon</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Anfon (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Awgrym: {hint}</translation>
    </message>
    <message>
        <source>Your move: {prompt}</source>
        <translation>Eich tro: {prompt}</translation>
    </message>
    <message>
        <source>{time} to decide.</source>
        <translation>{time} i benderfynu.</translation>
    </message>
    <message>
        <source>Time ran out</source>
        <translation>Daeth yr amser i ben</translation>
    </message>
    <message>
        <source>Watching the feed</source>
        <translation>Yn gwylio&apos;r ffrwd</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Dim terfyn amser</translation>
    </message>
    <message>
        <source>{factor} time</source>
        <translation>Amser {factor}</translation>
    </message>
    <message>
        <source>Time limits {words} for this attempt</source>
        <translation>Terfynau amser {words} ar gyfer yr ymgais hon</translation>
    </message>
    <message>
        <source>{said}: your score is worked out as usual</source>
        <translation>{said}: caiff eich sgôr ei chyfrifo yn ôl yr arfer</translation>
    </message>
    <message>
        <source>Write your reply…</source>
        <translation>Ysgrifennwch eich ateb…</translation>
    </message>
    <message>
        <source>{verb}: send your choice</source>
        <translation>{verb}: anfon eich dewis</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Neges uniongyrchol</translation>
    </message>
    <message>
        <source>Your quote-post</source>
        <translation>Eich dyfyniad</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Eich postiad</translation>
    </message>
</context>
<context>
    <name>ConfidencePicker</name>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Confidence low</source>
        <translation>Hyder isel</translation>
    </message>
    <message>
        <source>Confidence medium</source>
        <translation>Hyder canolig</translation>
    </message>
    <message>
        <source>Confidence high</source>
        <translation>Hyder uchel</translation>
    </message>
    <message>
        <source>This scenario uses certainty-based marking: an answer you were sure of and got right earns most, one you were sure of and got wrong costs most, and saying you are not sure never costs you anything.</source>
        <translation>Mae&apos;r senario hwn yn defnyddio marcio ar sail sicrwydd: ateb yr oeddech chi&apos;n sicr ohono ac a oedd yn gywir sy&apos;n ennill fwyaf, un yr oeddech chi&apos;n sicr ohono ac a oedd yn anghywir sy&apos;n costio fwyaf, a dyw dweud nad ydych chi&apos;n sicr byth yn costio dim i chi.</translation>
    </message>
    <message>
        <source>How sure are you?</source>
        <translation>Pa mor sicr ydych chi?</translation>
    </message>
    <message>
        <source>How sure are you? (it counts)</source>
        <translation>Pa mor sicr ydych chi? (mae&apos;n cyfrif)</translation>
    </message>
    <message>
        <source>If right: {right}; if wrong: {wrong}</source>
        <translation>Os yn gywir: {right}; os yn anghywir: {wrong}</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Recruit</source>
        <translation>Recriwt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Ble maen nhw</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <source>Flags raised</source>
        <translation>Materion a nodwyd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Select a recruit in the table to read what they wrote.</source>
        <translation>Dewiswch recriwt yn y tabl i ddarllen yr hyn a ysgrifennodd.</translation>
    </message>
    <message>
        <source>Tick a reply to show it in the class debrief (as “Recruit A”, not by name, unless you choose Show names there).</source>
        <translation>Ticiwch ateb i&apos;w ddangos yn ôl-drafodaeth y dosbarth (fel “Recriwt A”, nid wrth ei enw, oni bai eich bod yn dewis Dangos enwau yno).</translation>
    </message>
    <message>
        <source>Not read by the detectors (written {language})</source>
        <translation>Heb ei ddarllen gan y canfodyddion (wedi&apos;i ysgrifennu {language})</translation>
    </message>
    <message>
        <source>No flags</source>
        <translation>Dim wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Written on the feed, unasked ({verb})</source>
        <translation>Wedi&apos;i ysgrifennu ar y ffrwd, heb i neb ofyn ({verb})</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Their written replies</source>
        <translation>Eu hatebion ysgrifenedig</translation>
    </message>
    <message>
        <source>The reply chosen, in full</source>
        <translation>Yr ateb a ddewiswyd, yn llawn</translation>
    </message>
    <message>
        <source>Choose a reply to read it in full.</source>
        <translation>Dewiswch ateb i&apos;w ddarllen yn llawn.</translation>
    </message>
    <message>
        <source>Replies from {name}</source>
        <translation>Atebion gan {name}</translation>
    </message>
    <message>
        <source>{name} has written no replies yet</source>
        <translation>Nid yw {name} wedi ysgrifennu unrhyw atebion eto</translation>
    </message>
    <message>
        <source>Flags: {flags}</source>
        <translation>Nodwyd: {flags}</translation>
    </message>
    <message>
        <source>Where: {where}</source>
        <translation>Lle: {where}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Yn chwarae</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Wedi tawelu</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Yn sownd</translation>
    </message>
    <message>
        <source>Between scenarios</source>
        <translation>Rhwng senarios</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Joined; the scenario has not started on this laptop yet.</source>
        <translation>Wedi ymuno; nid yw&apos;r senario wedi dechrau ar y gliniadur hwn eto.</translation>
    </message>
    <message>
        <source>Playing the scenario.</source>
        <translation>Yn chwarae&apos;r senario.</translation>
    </message>
    <message>
        <source>Stopped because you paused everyone; goes on when you resume.</source>
        <translation>Wedi stopio am eich bod wedi oedi i bawb; bydd yn parhau pan fyddwch chi&apos;n ailddechrau.</translation>
    </message>
    <message>
        <source>Nothing heard from this laptop for {minutes} minutes: its network may be down (what it does is kept and arrives when it is back) or it may be closed.</source>
        <translation>Dim gair gan y gliniadur hwn ers {minutes} munud: efallai fod ei rwydwaith i lawr (caiff yr hyn y mae&apos;n ei wneud ei gadw, a bydd yn cyrraedd pan fydd yn ôl) neu efallai ei fod wedi&apos;i gau.</translation>
    </message>
    <message>
        <source>More than {seconds} seconds past the open decision&apos;s time limit, or 3 minutes on one without a limit: they may need a hand.</source>
        <translation>Mwy na {seconds} eiliad dros derfyn amser y penderfyniad sydd ar agor, neu 3 munud ar un heb derfyn: efallai fod angen help llaw arnyn nhw.</translation>
    </message>
    <message>
        <source>Finished a scenario of the day and reading its debrief; the next one starts when they press Next.</source>
        <translation>Wedi gorffen un o senarios y dydd ac yn darllen ei ôl-drafodaeth; bydd yr un nesaf yn dechrau pan fyddan nhw&apos;n pwyso Nesaf.</translation>
    </message>
    <message>
        <source>Finished the session&apos;s scenarios.</source>
        <translation>Wedi gorffen senarios y sesiwn.</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} yn aros</translation>
    </message>
    <message>
        <source>{count} playing</source>
        <translation>{count} yn chwarae</translation>
    </message>
    <message>
        <source>{count} paused</source>
        <translation>{count} wedi oedi</translation>
    </message>
    <message>
        <source>{count} gone quiet</source>
        <translation>{count} wedi tawelu</translation>
    </message>
    <message>
        <source>{count} stuck</source>
        <translation>{count} yn sownd</translation>
    </message>
    <message>
        <source>{count} between scenarios</source>
        <translation>{count} rhwng senarios</translation>
    </message>
    <message>
        <source>{count} finished</source>
        <translation>{count} wedi gorffen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Nobody has joined yet</source>
        <translation>Does neb wedi ymuno eto</translation>
    </message>
    <message>
        <source>{count} joined</source>
        <translation>{count} wedi ymuno</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Amser ar ben</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Wedi llwyddo</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Heb lwyddo</translation>
    </message>
    <message>
        <source>Ending: {title}</source>
        <translation>Diweddglo: {title}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Reading the session from the LRS…</source>
        <translation>Yn darllen y sesiwn o&apos;r LRS…</translation>
    </message>
    <message>
        <source>Start held: nobody begins until you press Start now.</source>
        <translation>Y dechrau wedi&apos;i ddal yn ôl: fydd neb yn dechrau nes i chi bwyso Dechrau nawr.</translation>
    </message>
    <message>
        <source>Paused: every laptop waits until you press Resume.</source>
        <translation>Wedi oedi: mae pob gliniadur yn aros nes i chi bwyso Ailddechrau i bawb.</translation>
    </message>
    <message>
        <source>Starts at {time} (UTC).</source>
        <translation>Yn dechrau am {time} (UTC).</translation>
    </message>
    <message>
        <source>Running: recruits who join begin at once.</source>
        <translation>Ar waith: mae recriwtiaid sy&apos;n ymuno yn dechrau ar unwaith.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Cod ymuno</translation>
    </message>
    <message>
        <source>Join code {code}</source>
        <translation>Cod ymuno {code}</translation>
    </message>
    <message>
        <source>Injects sent: {count}; the last, “{subject}”, at {time}</source>
        <translation>Mewnbynnau a anfonwyd: {count}; yr olaf, “{subject}”, am {time}</translation>
    </message>
    <message>
        <source>No injects sent yet.</source>
        <translation>Dim mewnbwn wedi&apos;i anfon eto.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Dechrau nawr</translation>
    </message>
    <message>
        <source>Let everyone who has joined begin (the start is held until you do)</source>
        <translation>Gadael i bawb sydd wedi ymuno ddechrau (mae&apos;r dechrau&apos;n cael ei ddal yn ôl nes i chi wneud hynny)</translation>
    </message>
    <message>
        <source>Pause everyone</source>
        <translation>Oedi i bawb</translation>
    </message>
    <message>
        <source>Every laptop stops where it is until you resume</source>
        <translation>Mae pob gliniadur yn stopio lle mae nes i chi ailddechrau</translation>
    </message>
    <message>
        <source>Send inject…</source>
        <translation>Anfon mewnbwn…</translation>
    </message>
    <message>
        <source>A message to every recruit&apos;s work inbox</source>
        <translation>Neges i fewnflwch gwaith pob recriwt</translation>
    </message>
    <message>
        <source>Class debrief</source>
        <translation>Ôl-drafodaeth y dosbarth</translation>
    </message>
    <message>
        <source>How the class answered, for the projector</source>
        <translation>Sut atebodd y dosbarth, ar gyfer y taflunydd</translation>
    </message>
    <message>
        <source>Resume everyone</source>
        <translation>Ailddechrau i bawb</translation>
    </message>
    <message>
        <source>Every laptop goes on from where it stopped</source>
        <translation>Mae pob gliniadur yn parhau o&apos;r man lle stopiodd</translation>
    </message>
    <message>
        <source>Recruits in the room</source>
        <translation>Recriwtiaid yn yr ystafell</translation>
    </message>
    <message>
        <source>Classroom console — {code}</source>
        <translation>Consol y dosbarth — {code}</translation>
    </message>
    <message>
        <source>Asking the LRS who has joined…</source>
        <translation>Yn gofyn i&apos;r LRS pwy sydd wedi ymuno…</translation>
    </message>
    <message>
        <source>{count} scenarios: {titles}</source>
        <translation>{count} senario: {titles}</translation>
    </message>
    <message>
        <source>Started: everyone who has joined begins now.</source>
        <translation>Wedi dechrau: mae pawb sydd wedi ymuno yn dechrau nawr.</translation>
    </message>
    <message>
        <source>Paused: each laptop stops at its next step.</source>
        <translation>Wedi oedi: bydd pob gliniadur yn stopio yn ei gam nesaf.</translation>
    </message>
    <message>
        <source>Resumed: everyone goes on from where they stopped.</source>
        <translation>Wedi ailddechrau: mae pawb yn parhau o&apos;r man lle gwnaethon nhw stopio.</translation>
    </message>
    <message>
        <source>Sent to everyone: “{subject}”.</source>
        <translation>Wedi&apos;i anfon at bawb: “{subject}”.</translation>
    </message>
</context>
<context>
    <name>ConsoleLauncher</name>
    <message>
        <source>no Learning Record Store is set: open the app, choose Learning Record Store… on the start screen and enter its address, user name and password, then try again</source>
        <translation>nid oes Storfa Cofnodion Dysgu wedi&apos;i gosod: agorwch yr ap, dewiswch Storfa Cofnodion Dysgu… ar y sgrin gychwyn a rhowch ei chyfeiriad, yr enw defnyddiwr a&apos;r cyfrinair, yna rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>there is no classroom session {code} on the LRS at {endpoint}: check the code, or create a session in the app (Scenarios ▸ New classroom session…)</source>
        <translation>nid oes sesiwn dosbarth {code} ar yr LRS yn {endpoint}: gwiriwch y cod, neu crëwch sesiwn yn yr ap (Senarios ▸ Sesiwn dosbarth newydd…)</translation>
    </message>
    <message>
        <source>A classroom session lives in your Learning Record Store: set it under Learning Record Store… first.</source>
        <translation>Mae sesiwn dosbarth yn cael ei chadw yn eich Storfa Cofnodion Dysgu: gosodwch hi o dan Storfa Cofnodion Dysgu… yn gyntaf.</translation>
    </message>
    <message>
        <source>Creating the session on the LRS…</source>
        <translation>Yn creu&apos;r sesiwn ar yr LRS…</translation>
    </message>
    <message>
        <source>The session could not be created: {why}</source>
        <translation>Doedd dim modd creu&apos;r sesiwn: {why}</translation>
    </message>
    <message>
        <source>Session {code} created: put the code on the board.</source>
        <translation>Sesiwn {code} wedi&apos;i chreu: rhowch y cod ar y bwrdd.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Time left to decide</source>
        <translation>Amser ar ôl i benderfynu</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} ar ôl</translation>
    </message>
    <message>
        <source>Time left to decide: {time}</source>
        <translation>Amser ar ôl i benderfynu: {time}</translation>
    </message>
    <message>
        <source>{time} left to decide</source>
        <translation>{time} ar ôl i benderfynu</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>PDF debrief</source>
        <translation>Ôl-drafodaeth PDF</translation>
    </message>
    <message>
        <source>JSON transcript</source>
        <translation>Trawsgrifiad JSON</translation>
    </message>
    <message>
        <source>xAPI statements</source>
        <translation>Datganiadau xAPI</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Certainty counts in this scenario: each answer you rated earned 3, 2 or 1 if right (sure, fairly sure, not sure) and cost 6, 2 or nothing if wrong, as a share of being sure and right every time.</source>
        <translation>Mae sicrwydd yn cyfrif yn y senario hwn: enillodd pob ateb a raddiwyd gennych 3, 2 neu 1 os oedd yn gywir (sicr, gweddol sicr, ddim yn sicr) a chostiodd 6, 2 neu ddim os oedd yn anghywir, fel cyfran o fod yn sicr ac yn gywir bob tro.</translation>
    </message>
    <message>
        <source>Time limits were {words} for this attempt, so no decision ran out of time. Your score is worked out exactly as it is without this.</source>
        <translation>Roedd y terfynau amser {words} ar gyfer yr ymgais hon, felly ni ddaeth yr amser i ben ar unrhyw benderfyniad. Caiff eich sgôr ei chyfrifo yn union fel y byddai hebddo.</translation>
    </message>
    <message>
        <source>Time limits were {words} for this attempt. Your score is worked out exactly as it is without this.</source>
        <translation>Roedd y terfynau amser {words} ar gyfer yr ymgais hon. Caiff eich sgôr ei chyfrifo yn union fel y byddai hebddo.</translation>
    </message>
    <message>
        <source>decision {numbers}</source>
        <translation>benderfyniad {numbers}</translation>
    </message>
    <message>
        <source>decisions {numbers}</source>
        <translation>benderfyniadau {numbers}</translation>
    </message>
    <message>
        <source>the decisions where it could have earned points</source>
        <translation>y penderfyniadau lle gallai fod wedi ennill pwyntiau</translation>
    </message>
    <message>
        <source>{where}, and what you did unprompted ({actions})</source>
        <translation>{where}, a&apos;r hyn a wnaethoch heb i neb ofyn ({actions})</translation>
    </message>
    <message>
        <source>{competency} is {value}, under the pass mark of {mark}: look again at {where}.</source>
        <translation>Mae {competency} yn {value}, o dan y marc llwyddo o {mark}: edrychwch eto ar {where}.</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Ôl-drafodaeth</translation>
    </message>
    <message>
        <source>Next: {title} ({number} of {total})</source>
        <translation>Nesaf: {title} ({number} o {total})</translation>
    </message>
    <message>
        <source>{outcome}: {ending}. Score {score} out of 100, pass mark {mark}, {verdict}.</source>
        <translation>{outcome}: {ending}. Sgôr {score} allan o 100, marc llwyddo {mark}, {verdict}.</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Cymwyseddau</translation>
    </message>
    <message>
        <source>What you did, and what it caused</source>
        <translation>Beth wnaethoch chi, a beth achosodd hynny</translation>
    </message>
    <message>
        <source>No decisions were taken.</source>
        <translation>Ni wnaed unrhyw benderfyniadau.</translation>
    </message>
    <message>
        <source>Score {score} / 100 · pass mark {mark} · {verdict}</source>
        <translation>Sgôr {score} / 100 · marc llwyddo {mark} · {verdict}</translation>
    </message>
    <message>
        <source>Back to scenarios</source>
        <translation>Yn ôl i&apos;r senarios</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Keep a record</source>
        <translation>Cadw cofnod</translation>
    </message>
    <message>
        <source>This attempt is already saved on this computer. Save a copy to file, or send it to your training school&apos;s Learning Record Store.</source>
        <translation>Mae&apos;r ymgais hon eisoes wedi&apos;i chadw ar y cyfrifiadur hwn. Cadwch gopi mewn ffeil, neu anfonwch hi i Storfa Cofnodion Dysgu eich ysgol hyfforddi.</translation>
    </message>
    <message>
        <source>Export the {format}</source>
        <translation>Allforio: {format}</translation>
    </message>
    <message>
        <source>Send to LRS</source>
        <translation>Anfon i&apos;r LRS</translation>
    </message>
    <message>
        <source>Send this attempt to the Learning Record Store</source>
        <translation>Anfon yr ymgais hon i&apos;r Storfa Cofnodion Dysgu</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>The app ran into a problem it did not expect.</source>
        <translation>Daeth yr ap ar draws problem nad oedd yn ei disgwyl.</translation>
    </message>
</context>
<context>
    <name>FeedActions</name>
    <message>
        <source>You liked {who}&apos;s post.</source>
        <translation>Rydych chi wedi hoffi postiad {who}.</translation>
    </message>
    <message>
        <source>You reposted {who}&apos;s post.</source>
        <translation>Rydych chi wedi ailbostio postiad {who}.</translation>
    </message>
    <message>
        <source>Saved to your bookmarks.</source>
        <translation>Wedi&apos;i gadw yn eich nodau tudalen.</translation>
    </message>
    <message>
        <source>You reported {who}&apos;s post.</source>
        <translation>Rydych chi wedi rhoi gwybod am bostiad {who}.</translation>
    </message>
    <message>
        <source>You muted {who}.</source>
        <translation>Rydych chi wedi distewi {who}.</translation>
    </message>
    <message>
        <source>You blocked {who}.</source>
        <translation>Rydych chi wedi rhwystro {who}.</translation>
    </message>
    <message>
        <source>Your post was deleted.</source>
        <translation>Mae eich postiad wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <source>You now follow {who}.</source>
        <translation>Rydych chi bellach yn dilyn {who}.</translation>
    </message>
    <message>
        <source>Your reply to {who} is posted.</source>
        <translation>Mae eich ateb i {who} wedi&apos;i bostio.</translation>
    </message>
    <message>
        <source>Your quote-post is out.</source>
        <translation>Mae eich dyfyniad wedi&apos;i bostio.</translation>
    </message>
    <message>
        <source>Your post is out.</source>
        <translation>Mae eich postiad wedi&apos;i bostio.</translation>
    </message>
    <message>
        <source>Message sent to {who}.</source>
        <translation>Neges wedi&apos;i hanfon at {who}.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Dyfynnu</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Ailbostio</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Dileu&apos;r postiad</translation>
    </message>
    <message>
        <source>Report post</source>
        <translation>Rhoi gwybod am y postiad</translation>
    </message>
    <message>
        <source>Mute {handle}</source>
        <translation>Distewi {handle}</translation>
    </message>
    <message>
        <source>Block {handle}</source>
        <translation>Rhwystro {handle}</translation>
    </message>
    <message>
        <source>View {handle}&apos;s profile</source>
        <translation>Gweld proffil {handle}</translation>
    </message>
    <message>
        <source>Message {handle}</source>
        <translation>Anfon neges at {handle}</translation>
    </message>
    <message>
        <source>Follow {handle}</source>
        <translation>Dilyn {handle}</translation>
    </message>
    <message>
        <source>Finish or cancel what you are writing first.</source>
        <translation>Gorffennwch neu canslwch yr hyn rydych chi&apos;n ei ysgrifennu yn gyntaf.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Replying to {handle}: {text}</source>
        <translation>Yn ateb {handle}: {text}</translation>
    </message>
    <message>
        <source>Quote post</source>
        <translation>Dyfynnu postiad</translation>
    </message>
    <message>
        <source>Quoting {handle}: {text}</source>
        <translation>Yn dyfynnu {handle}: {text}</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postio</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Postiad newydd</translation>
    </message>
    <message>
        <source>Posting as {handle}</source>
        <translation>Yn postio fel {handle}</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neges newydd</translation>
    </message>
    <message>
        <source>To {name} ({handle})</source>
        <translation>At {name} ({handle})</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Anfon</translation>
    </message>
</context>
<context>
    <name>FeedDelegate</name>
    <message>
        <source>Replying to {handle}</source>
        <translation>Yn ateb {handle}</translation>
    </message>
    <message>
        <source>Replying to a post</source>
        <translation>Yn ateb postiad</translation>
    </message>
</context>
<context>
    <name>FeedLayout</name>
    <message>
        <source>You deleted this post. Screenshots of it may already be out there.</source>
        <translation>Rydych chi wedi dileu&apos;r postiad hwn. Efallai fod sgrinluniau ohono ar led yn barod.</translation>
    </message>
    <message>
        <source>This post was deleted.</source>
        <translation>Cafodd y postiad hwn ei ddileu.</translation>
    </message>
    <message>
        <source>A post from {handle}, whom you blocked, is hidden.</source>
        <translation>Mae postiad gan {handle}, a rwystrwyd gennych, wedi&apos;i guddio.</translation>
    </message>
    <message>
        <source>A post from {handle}, whom you muted, is hidden.</source>
        <translation>Mae postiad gan {handle}, a ddistewyd gennych, wedi&apos;i guddio.</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <source>You liked this.</source>
        <translation>Rydych chi wedi hoffi hwn.</translation>
    </message>
    <message>
        <source>You reposted this.</source>
        <translation>Rydych chi wedi ailbostio hwn.</translation>
    </message>
    <message>
        <source>You bookmarked this.</source>
        <translation>Rydych chi wedi rhoi nod tudalen ar hwn.</translation>
    </message>
    <message>
        <source>You liked and reposted this.</source>
        <translation>Rydych chi wedi hoffi ac ailbostio hwn.</translation>
    </message>
    <message>
        <source>You liked and bookmarked this.</source>
        <translation>Rydych chi wedi hoffi hwn a rhoi nod tudalen arno.</translation>
    </message>
    <message>
        <source>You reposted and bookmarked this.</source>
        <translation>Rydych chi wedi ailbostio hwn a rhoi nod tudalen arno.</translation>
    </message>
    <message>
        <source>You liked and reposted and bookmarked this.</source>
        <translation>Rydych chi wedi hoffi ac ailbostio hwn, a rhoi nod tudalen arno.</translation>
    </message>
    <message>
        <source>Notification: {text}</source>
        <translation>Hysbysiad: {text}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source>replying to {handle}</source>
        <translation>yn ateb {handle}</translation>
    </message>
    <message>
        <source>replying to a post</source>
        <translation>yn ateb postiad</translation>
    </message>
    <message>
        <source>With a picture.</source>
        <translation>Gyda llun.</translation>
    </message>
    <message>
        <source>Quoting a post.</source>
        <translation>Yn dyfynnu postiad.</translation>
    </message>
    <message>
        <source>Quoting {name}, {handle}: {text}</source>
        <translation>Yn dyfynnu {name}, {handle}: {text}</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <source>Show new posts</source>
        <translation>Dangos postiadau newydd</translation>
    </message>
    <message>
        <source>{count} new post</source>
        <translation>{count} postiad newydd</translation>
    </message>
    <message>
        <source>{count} new posts</source>
        <translation>{count} postiad newydd</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>in English</source>
        <translation>yn Saesneg</translation>
    </message>
    <message>
        <source>in Welsh</source>
        <translation>yn Gymraeg</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>yn {language}</translation>
    </message>
</context>
<context>
    <name>Gauge</name>
    <message>
        <source>high</source>
        <translation>uchel</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>canolig</translation>
    </message>
    <message>
        <source>low</source>
        <translation>isel</translation>
    </message>
    <message>
        <source>{gauge} up {change} to {value}: {level}</source>
        <translation>{gauge} i fyny {change} i {value}: {level}</translation>
    </message>
    <message>
        <source>{gauge} down {change} to {value}: {level}</source>
        <translation>{gauge} i lawr {change} i {value}: {level}</translation>
    </message>
    <message>
        <source>{gauge}: {level}, {value} out of 100</source>
        <translation>{gauge}: {level}, {value} allan o 100</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>low</source>
        <translation>isel</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>arferol</translation>
    </message>
    <message>
        <source>high</source>
        <translation>uchel</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>brys</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-bost</translation>
    </message>
    <message>
        <source>message</source>
        <translation>neges</translation>
    </message>
    <message>
        <source>{urgency} urgency, from {name}: {subject}</source>
        <translation>Blaenoriaeth {urgency}, gan {name}: {subject}</translation>
    </message>
    <message>
        <source>Unread. {message}</source>
        <translation>Heb ei darllen. {message}</translation>
    </message>
    <message>
        <source>Work inbox</source>
        <translation>Mewnflwch gwaith</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>Y neges sydd ar agor</translation>
    </message>
    <message>
        <source>Messages from your sergeant, inspector, press office and Professional Standards arrive here.</source>
        <translation>Mae negeseuon gan eich sarjant, eich arolygydd, swyddfa&apos;r wasg a Safonau Proffesiynol yn cyrraedd yma.</translation>
    </message>
    <message>
        <source>New work message from {name}, {urgency}: {subject}</source>
        <translation>Neges waith newydd gan {name}, {urgency}: {subject}</translation>
    </message>
    <message>
        <source>New work message from {name}: {subject}</source>
        <translation>Neges waith newydd gan {name}: {subject}</translation>
    </message>
</context>
<context>
    <name>InjectDialog</name>
    <message>
        <source>Write who it is from.</source>
        <translation>Ysgrifennwch gan bwy y mae&apos;n dod.</translation>
    </message>
    <message>
        <source>Shorten who it is from: {count} characters, at most {limit}.</source>
        <translation>Byrhewch enw&apos;r anfonwr: {count} nod, {limit} ar y mwyaf.</translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation>Ysgrifennwch bwnc.</translation>
    </message>
    <message>
        <source>Shorten a subject: {count} characters, at most {limit}.</source>
        <translation>Byrhewch y pwnc: {count} nod, {limit} ar y mwyaf.</translation>
    </message>
    <message>
        <source>Write a message.</source>
        <translation>Ysgrifennwch neges.</translation>
    </message>
    <message>
        <source>Shorten a message: {count} characters, at most {limit}.</source>
        <translation>Byrhewch y neges: {count} nod, {limit} ar y mwyaf.</translation>
    </message>
    <message>
        <source>Send an inject to everyone</source>
        <translation>Anfon mewnbwn at bawb</translation>
    </message>
    <message>
        <source>It arrives in every recruit&apos;s work inbox at once (a laptop off the network gets it when it is back), and stays in each attempt&apos;s record.</source>
        <translation>Mae&apos;n cyrraedd mewnflwch gwaith pob recriwt ar unwaith (bydd gliniadur sydd oddi ar y rhwydwaith yn ei gael pan fydd yn ôl), ac mae&apos;n aros yng nghofnod pob ymgais.</translation>
    </message>
    <message>
        <source>Control room</source>
        <translation>Ystafell reoli</translation>
    </message>
    <message>
        <source>e.g. The Echo is calling</source>
        <translation>e.e. Mae&apos;r Echo ar y ffôn</translation>
    </message>
    <message>
        <source>What the message says</source>
        <translation>Beth mae&apos;r neges yn ei ddweud</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Send to everyone</source>
        <translation>Anfon at bawb</translation>
    </message>
</context>
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
    <name>LmsLaunch</name>
    <message>
        <source>This attempt stays on this computer: the LMS is told only about the attempt it launched.</source>
        <translation>Mae&apos;r ymgais hon yn aros ar y cyfrifiadur hwn: dim ond am yr ymgais a lansiodd y caiff y LMS wybod.</translation>
    </message>
    <message>
        <source>The LMS knows you have started.</source>
        <translation>Mae&apos;r LMS yn gwybod eich bod wedi dechrau.</translation>
    </message>
    <message>
        <source>Your result has gone to the LMS.</source>
        <translation>Mae eich canlyniad wedi mynd i&apos;r LMS.</translation>
    </message>
    <message>
        <source>Your result could not be sent to the LMS: {problem}</source>
        <translation>Doedd dim modd anfon eich canlyniad i&apos;r LMS: {problem}</translation>
    </message>
    <message>
        <source>The LMS has not heard everything yet: {why}</source>
        <translation>Nid yw&apos;r LMS wedi clywed popeth eto: {why}</translation>
    </message>
    <message>
        <source>no playable scenario &apos;{scenario}&apos; is installed on this computer</source>
        <translation>nid oes senario &apos;{scenario}&apos; y gellir ei chwarae wedi&apos;i gosod ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>the attempt cannot be saved ({problem})</source>
        <translation>does dim modd cadw&apos;r ymgais ({problem})</translation>
    </message>
</context>
<context>
    <name>LrsDialog</name>
    <message>
        <source>Kept in the system keyring: type a new one to change it</source>
        <translation>Wedi&apos;i gadw yng nghylch allweddi&apos;r system: teipiwch un newydd i&apos;w newid</translation>
    </message>
    <message>
        <source>“{text}” should start with https:// (for example https://lrs.example.org/xapi/).</source>
        <translation>Dylai “{text}” ddechrau gyda https:// (er enghraifft https://lrs.example.org/xapi/).</translation>
    </message>
    <message>
        <source>Learning Record Store</source>
        <translation>Storfa Cofnodion Dysgu</translation>
    </message>
    <message>
        <source>Attempts can be sent as xAPI statements to your training school&apos;s Learning Record Store. Leave the address empty to keep records on this computer only.</source>
        <translation>Gellir anfon ymgeisiau fel datganiadau xAPI i Storfa Cofnodion Dysgu eich ysgol hyfforddi. Gadewch y cyfeiriad yn wag i gadw cofnodion ar y cyfrifiadur hwn yn unig.</translation>
    </message>
    <message>
        <source>LRS key or user name</source>
        <translation>Allwedd LRS neu enw defnyddiwr</translation>
    </message>
    <message>
        <source>LRS secret</source>
        <translation>Cyfrinach LRS</translation>
    </message>
    <message>
        <source>e.g. intake-2025-03-day2</source>
        <translation>e.e. intake-2025-03-day2</translation>
    </message>
    <message>
        <source>xAPI endpoint</source>
        <translation>Pwynt terfyn xAPI</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Classroom session</source>
        <translation>Sesiwn dosbarth</translation>
    </message>
    <message>
        <source>Activity address</source>
        <translation>Cyfeiriad gweithgareddau</translation>
    </message>
    <message>
        <source>Trainee accounts</source>
        <translation>Cyfrifon hyfforddeion</translation>
    </message>
    <message>
        <source>The two addresses name your school in every statement: the first identifies the scenarios and sessions, the second the system that issues trainee ids. Ask your LRS administrator; until they are set, placeholders ending in .invalid are used.</source>
        <translation>Mae&apos;r ddau gyfeiriad yn enwi eich ysgol ym mhob datganiad: mae&apos;r cyntaf yn dynodi&apos;r senarios a&apos;r sesiynau, a&apos;r ail y system sy&apos;n rhoi dynodwyr i hyfforddeion. Holwch weinyddwr eich LRS; nes eu bod wedi&apos;u gosod, defnyddir cyfeiriadau dros dro sy&apos;n gorffen ag .invalid.</translation>
    </message>
    <message>
        <source>The classroom session id is written into each new attempt, so a trainer can fetch the whole class back from the LRS.</source>
        <translation>Caiff dynodwr sesiwn y dosbarth ei ysgrifennu ym mhob ymgais newydd, fel y gall hyfforddwr nôl y dosbarth cyfan yn ôl o&apos;r LRS.</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring (its store of passwords), not in the settings file.</source>
        <translation>Caiff y cyfrinair ei gadw yng nghylch allweddi&apos;r cyfrifiadur hwn (ei storfa o gyfrineiriau), nid yn y ffeil gosodiadau.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the password is stored unencrypted in your user settings file:
{file}</source>
        <translation>Does gan y cyfrifiadur hwn ddim cylch allweddi system, felly caiff y cyfrinair ei storio heb ei amgryptio yn eich ffeil gosodiadau defnyddiwr:
{file}</translation>
    </message>
    <message>
        <source>Use an LRS key made for this classroom, not a personal password.</source>
        <translation>Defnyddiwch allwedd LRS a wnaed ar gyfer y dosbarth hwn, nid cyfrinair personol.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>sm-sim training — {app}</source>
        <translation>hyfforddiant sm-sim — {app}</translation>
    </message>
    <message>
        <source>The scenario library could not be read: {problem}</source>
        <translation>Doedd dim modd darllen llyfrgell y senarios: {problem}</translation>
    </message>
    <message>
        <source>The scenario could not be written: {problem}</source>
        <translation>Doedd dim modd ysgrifennu&apos;r senario: {problem}</translation>
    </message>
    <message>
        <source>Resumed where you stopped, {time} in.</source>
        <translation>Wedi ailddechrau lle gwnaethoch chi stopio, {time} i mewn.</translation>
    </message>
    <message>
        <source>Practising again from decision {number}: your earlier answers are kept.</source>
        <translation>Ymarfer eto o benderfyniad {number}: mae eich atebion cynharach yn cael eu cadw.</translation>
    </message>
    <message>
        <source>Learning Record Store settings saved.</source>
        <translation>Gosodiadau&apos;r Storfa Cofnodion Dysgu wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>No Learning Record Store: records stay on this computer.</source>
        <translation>Dim Storfa Cofnodion Dysgu: mae&apos;r cofnodion yn aros ar y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>You to {name}: {text}</source>
        <translation>Chi at {name}: {text}</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <source>No direct messages yet. When someone messages your account, the conversation appears here, newest at the bottom. Double-click a message (or press Enter on it) to answer its sender.</source>
        <translation>Dim negeseuon uniongyrchol eto. Pan fydd rhywun yn anfon neges at eich cyfrif, bydd y sgwrs yn ymddangos yma, gyda&apos;r diweddaraf ar y gwaelod. Cliciwch ddwywaith ar neges (neu pwyswch Enter arni) i ateb yr anfonwr.</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Negeseuon uniongyrchol</translation>
    </message>
    <message>
        <source>Double-click a message, or press Enter on it, to reply to its sender</source>
        <translation>Cliciwch ddwywaith ar neges, neu pwyswch Enter arni, i ateb yr anfonwr</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Hysbysiadau</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Negeseuon</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <source>{page} (Alt+{number})</source>
        <translation>{page} (Alt+{number})</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postio</translation>
    </message>
    <message>
        <source>Write a post of your own (N)</source>
        <translation>Ysgrifennu postiad eich hun (N)</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Ysgrifennu postiad</translation>
    </message>
    <message>
        <source>Posting as {name}, {handle}</source>
        <translation>Yn postio fel {name}, {handle}</translation>
    </message>
    <message>
        <source>{page}, {count} unread</source>
        <translation>{page}, {count} heb eu darllen</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New classroom session</source>
        <translation>Sesiwn dosbarth newydd</translation>
    </message>
    <message>
        <source>Everyone in the room plays the same scenario on their own laptop (or the whole day, one scenario after another). You get a join code to put on the board and a console to watch the room from; the session is kept in your Learning Record Store.</source>
        <translation>Mae pawb yn yr ystafell yn chwarae&apos;r un senario ar eu gliniadur eu hunain (neu&apos;r diwrnod cyfan, un senario ar ôl y llall). Cewch god ymuno i&apos;w roi ar y bwrdd a chonsol i wylio&apos;r ystafell ohono; caiff y sesiwn ei chadw yn eich Storfa Cofnodion Dysgu.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Senario</translation>
    </message>
    <message>
        <source>The whole day: {title} ({count} scenarios, in order)</source>
        <translation>Y diwrnod cyfan: {title} ({count} senario, yn eu trefn)</translation>
    </message>
    <message>
        <source>e.g. Sgt Rowe</source>
        <translation>e.e. Sarjant Rowe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modd</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Hold the start until I press Start now</source>
        <translation>Dal y dechrau yn ôl nes i mi bwyso Dechrau nawr</translation>
    </message>
    <message>
        <source>Recruits who join wait until you press it; a session that is not held starts for each recruit as they join.</source>
        <translation>Mae recriwtiaid sy&apos;n ymuno yn aros nes i chi ei bwyso; mae sesiwn nad yw&apos;n cael ei dal yn ôl yn dechrau i bob recriwt wrth iddyn nhw ymuno.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Creu sesiwn</translation>
    </message>
</context>
<context>
    <name>NewsCard</name>
    <message>
        <source>News from {outlet}: {headline}</source>
        <translation>Newyddion gan {outlet}: {headline}</translation>
    </message>
</context>
<context>
    <name>OptionButton</name>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Dyfynnu</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postio</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Hoffi</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Ailbostio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rhoi gwybod</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Anfon neges</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Gadael iddo</translation>
    </message>
    <message>
        <source>Option {number}: {label}</source>
        <translation>Opsiwn {number}: {label}</translation>
    </message>
    <message>
        <source>{verb}. Press {number} to choose it.</source>
        <translation>{verb}. Pwyswch {number} i&apos;w ddewis.</translation>
    </message>
    <message>
        <source>{verb} — press {number}</source>
        <translation>{verb} — pwyswch {number}</translation>
    </message>
</context>
<context>
    <name>PersonProfile</name>
    <message>
        <source>{count} followers</source>
        <translation>{count} o ddilynwyr</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Anfon neges</translation>
    </message>
    <message>
        <source>{handle} has not posted in this run yet.</source>
        <translation>Dyw {handle} ddim wedi postio yn y rhediad hwn eto.</translation>
    </message>
    <message>
        <source>Posts by {name}</source>
        <translation>Postiadau gan {name}</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Yn dilyn</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Dilyn</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview from “{title}” — not recorded</source>
        <translation>Rhagolwg o “{title}” — heb ei gofnodi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Preview from {state}: posts from earlier states are not in this feed, and nothing is recorded.</source>
        <translation>Rhagolwg o {state}: nid yw postiadau o gyflyrau cynharach yn y ffrwd hon, ac ni chaiff dim ei gofnodi.</translation>
    </message>
    <message>
        <source>Preview ended: {ending}, score {score}/100 ({verdict}). Close this window to go back to the map.</source>
        <translation>Daeth y rhagolwg i ben: {ending}, sgôr {score}/100 ({verdict}). Caewch y ffenestr hon i fynd yn ôl i&apos;r map.</translation>
    </message>
    <message>
        <source>Preview ended.</source>
        <translation>Daeth y rhagolwg i ben.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>{count} followers</source>
        <translation>{count} o ddilynwyr</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Dilynwyr</translation>
    </message>
    <message>
        <source>Your posts will appear here.</source>
        <translation>Bydd eich postiadau&apos;n ymddangos yma.</translation>
    </message>
    <message>
        <source>Your posts</source>
        <translation>Eich postiadau</translation>
    </message>
    <message>
        <source>{change} just now</source>
        <translation>{change} gynnau</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Leave this attempt?</source>
        <translation>Gadael yr ymgais hon?</translation>
    </message>
    <message>
        <source>Your attempt is still running. It is saved as you go, so you can keep it and carry on where you stopped next time you open the app — or give it up, and it will not be scored.</source>
        <translation>Mae eich ymgais yn dal i redeg. Caiff ei chadw wrth i chi fynd, felly gallwch ei chadw a pharhau o&apos;r man lle stopioch chi y tro nesaf y byddwch yn agor yr ap — neu roi&apos;r gorau iddi, ac ni chaiff ei sgorio.</translation>
    </message>
    <message>
        <source>Keep it for later</source>
        <translation>Ei chadw tan wedyn</translation>
    </message>
    <message>
        <source>Give it up</source>
        <translation>Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Aros</translation>
    </message>
    <message>
        <source>You can carry on, or restart the app if things look wrong. If it keeps happening, please pass the log file to your trainer.</source>
        <translation>Gallwch barhau, neu ailgychwyn yr ap os yw pethau&apos;n edrych yn anghywir. Os yw&apos;n dal i ddigwydd, rhowch y ffeil log i&apos;ch hyfforddwr.</translation>
    </message>
    <message>
        <source>The details were saved to:
{path}</source>
        <translation>Cafodd y manylion eu cadw yn:
{path}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>The scenario could not start</source>
        <translation>Methu dechrau&apos;r senario</translation>
    </message>
    <message>
        <source>The scenario your learning system asked for could not be started: {problem}.</source>
        <translation>Doedd dim modd dechrau&apos;r senario y gofynnodd eich system ddysgu amdano: {problem}.</translation>
    </message>
    <message>
        <source>Close this message and start it again from the learning system. If it keeps happening, please tell your trainer what this message says.</source>
        <translation>Caewch y neges hon a dechreuwch y senario eto o&apos;r system ddysgu. Os yw&apos;n dal i ddigwydd, dywedwch wrth eich hyfforddwr beth mae&apos;r neges hon yn ei ddweud.</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Agor senario</translation>
    </message>
    <message>
        <source>Scenario (*.yaml *.yml)</source>
        <translation>Senario (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Senario newydd</translation>
    </message>
    <message>
        <source>Scenario (*.yaml)</source>
        <translation>Senario (*.yaml)</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>PDF debrief</source>
        <translation>ôl-drafodaeth PDF</translation>
    </message>
    <message>
        <source>CSV row</source>
        <translation>rhes CSV</translation>
    </message>
    <message>
        <source>JSON transcript</source>
        <translation>trawsgrifiad JSON</translation>
    </message>
    <message>
        <source>xAPI statements</source>
        <translation>datganiadau xAPI</translation>
    </message>
    <message>
        <source>PDF debriefs</source>
        <translation>ôl-drafodaethau PDF</translation>
    </message>
    <message>
        <source>CSV rows</source>
        <translation>rhesi CSV</translation>
    </message>
    <message>
        <source>JSON transcripts</source>
        <translation>trawsgrifiadau JSON</translation>
    </message>
    <message>
        <source>{count} PDF debriefs</source>
        <translation>{count} ôl-drafodaeth PDF</translation>
    </message>
    <message>
        <source>{count} CSV rows</source>
        <translation>{count} rhes CSV</translation>
    </message>
    <message>
        <source>{count} JSON transcripts</source>
        <translation>{count} trawsgrifiad JSON</translation>
    </message>
    <message>
        <source>{count} sets of xAPI statements</source>
        <translation>{count} set o ddatganiadau xAPI</translation>
    </message>
    <message>
        <source>xAPI statements (*.json)</source>
        <translation>Datganiadau xAPI (*.json)</translation>
    </message>
    <message>
        <source>Choose a folder for {files}</source>
        <translation>Dewiswch ffolder ar gyfer {files}</translation>
    </message>
    <message>
        <source>Save the {label}</source>
        <translation>Cadw&apos;r {label}</translation>
    </message>
    <message>
        <source>Saving the {label}…</source>
        <translation>Yn cadw&apos;r {label}…</translation>
    </message>
    <message>
        <source>The {label} was not saved</source>
        <translation>Methu cadw&apos;r {label}</translation>
    </message>
    <message>
        <source>Saving {files}…</source>
        <translation>Yn cadw {files}…</translation>
    </message>
    <message>
        <source>The {labels} were not saved</source>
        <translation>Methu cadw&apos;r {labels}</translation>
    </message>
    <message>
        <source>Stopped: {kept} of {files} were saved in {folder}; the rest were not written.</source>
        <translation>Wedi stopio: cadwyd {kept} o&apos;r {files} yn {folder}; ni ysgrifennwyd y gweddill.</translation>
    </message>
    <message>
        <source>Stopped: {kept} of {files} were saved: {path}; the rest were not written.</source>
        <translation>Wedi stopio: cadwyd {kept} o&apos;r {files}: {path}; ni ysgrifennwyd y gweddill.</translation>
    </message>
    <message>
        <source>Stopped: {kept} of {files} were saved; the rest were not written.</source>
        <translation>Wedi stopio: cadwyd {kept} o&apos;r {files}; ni ysgrifennwyd y gweddill.</translation>
    </message>
    <message>
        <source>Save the cohort summary</source>
        <translation>Cadw crynodeb y garfan</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>crynodeb</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>Yn cadw&apos;r crynodeb…</translation>
    </message>
    <message>
        <source>The summary was not saved</source>
        <translation>Methu cadw&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Saved the {label}: {path}</source>
        <translation>Wedi cadw&apos;r {label}: {path}</translation>
    </message>
    <message>
        <source>Saved {count} files in {folder}</source>
        <translation>Wedi cadw {count} ffeil yn {folder}</translation>
    </message>
    <message>
        <source>Nothing was sent: no Learning Record Store is set up.</source>
        <translation>Ni anfonwyd dim: does dim Storfa Cofnodion Dysgu wedi&apos;i gosod.</translation>
    </message>
    <message>
        <source>A send to the LRS is already under way; try again when it has finished.</source>
        <translation>Mae anfon i&apos;r LRS eisoes ar waith; rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <source>Sending to the LRS…</source>
        <translation>Yn anfon i&apos;r LRS…</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Ni anfonwyd dim</translation>
    </message>
    <message>
        <source>{failing}: {why}</source>
        <translation>{failing}: {why}</translation>
    </message>
</context>
<context>
    <name>RecordWork</name>
    <message>
        <source>Practice</source>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Wedi llwyddo</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Heb lwyddo</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Heb ei gorffen</translation>
    </message>
    <message>
        <source>Nothing new to send: these statements have already gone to the LRS.</source>
        <translation>Dim byd newydd i&apos;w anfon: mae&apos;r datganiadau hyn eisoes wedi mynd i&apos;r LRS.</translation>
    </message>
    <message>
        <source>Sent {count} statement to the LRS; none waiting.</source>
        <translation>Anfonwyd {count} datganiad i&apos;r LRS; does dim yn aros.</translation>
    </message>
    <message>
        <source>Sent {count} statements to the LRS; none waiting.</source>
        <translation>Anfonwyd {count} datganiad i&apos;r LRS; does dim yn aros.</translation>
    </message>
    <message>
        <source>LRS: sent {sent} / waiting {waiting}.</source>
        <translation>LRS: anfonwyd {sent} / yn aros {waiting}.</translation>
    </message>
    <message>
        <source>LRS: sent {sent} / waiting {waiting} ({error}).</source>
        <translation>LRS: anfonwyd {sent} / yn aros {waiting} ({error}).</translation>
    </message>
    <message>
        <source>{count} refused by the LRS, set aside in {folder}.</source>
        <translation>Gwrthododd yr LRS {count}, a chawsant eu rhoi o&apos;r neilltu yn {folder}.</translation>
    </message>
    <message>
        <source>They stay in the outbox on this computer and go with the next send.</source>
        <translation>Maen nhw&apos;n aros yn y blwch anfon ar y cyfrifiadur hwn ac yn mynd gyda&apos;r anfon nesaf.</translation>
    </message>
    <message>
        <source>{count} unfinished attempt not sent.</source>
        <translation>Ni anfonwyd {count} ymgais heb ei gorffen.</translation>
    </message>
    <message>
        <source>{count} unfinished attempts not sent.</source>
        <translation>Ni anfonwyd {count} ymgais heb eu gorffen.</translation>
    </message>
    <message>
        <source>this attempt was fetched from the LRS: it has no journal here</source>
        <translation>daeth yr ymgais hon o&apos;r LRS: nid oes ganddi ddyddlyfr yma</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… a {count} arall</translation>
    </message>
    <message>
        <source>{count} file was skipped (not a readable attempt):</source>
        <translation>Cafodd {count} ffeil ei hepgor (nid yw&apos;n ymgais y gellir ei darllen):</translation>
    </message>
    <message>
        <source>{count} files were skipped (not a readable attempt):</source>
        <translation>Cafodd {count} ffeil eu hepgor (nid ydyn nhw&apos;n ymgeisiau y gellir eu darllen):</translation>
    </message>
</context>
<context>
    <name>ResultsFilters</name>
    <message>
        <source>All scenarios</source>
        <translation>Pob senario</translation>
    </message>
    <message>
        <source>All trainees</source>
        <translation>Pob hyfforddai</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Pob modd</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Senario</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Hyfforddai</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modd</translation>
    </message>
    <message>
        <source>Scenario filter</source>
        <translation>Hidlydd senario</translation>
    </message>
    <message>
        <source>Trainee filter</source>
        <translation>Hidlydd hyfforddai</translation>
    </message>
    <message>
        <source>Mode filter</source>
        <translation>Hidlydd modd</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Hyfforddai</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Senario</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modd</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Fetched from the LRS: no journal on this computer</source>
        <translation>Wedi&apos;i nôl o&apos;r LRS: does dim dyddlyfr ar y cyfrifiadur hwn</translation>
    </message>
</context>
<context>
    <name>ResultsSource</name>
    <message>
        <source>This computer</source>
        <translation>Y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Classroom session on the LRS</source>
        <translation>Sesiwn dosbarth ar yr LRS</translation>
    </message>
    <message>
        <source>No classroom session to fetch: set the LRS address and the session under Learning Record Store…, then press Refresh.</source>
        <translation>Dim sesiwn dosbarth i&apos;w nôl: gosodwch gyfeiriad yr LRS a&apos;r sesiwn o dan Storfa Cofnodion Dysgu…, yna pwyswch Adnewyddu.</translation>
    </message>
    <message>
        <source>The LRS at {endpoint} could not be reached: check its address and this computer&apos;s network, then press Refresh.</source>
        <translation>Doedd dim modd cyrraedd yr LRS yn {endpoint}: gwiriwch ei gyfeiriad a rhwydwaith y cyfrifiadur hwn, yna pwyswch Adnewyddu.</translation>
    </message>
    <message>
        <source>The LRS at {endpoint} did not answer in time: press Refresh to try again.</source>
        <translation>Ni atebodd yr LRS yn {endpoint} mewn pryd: pwyswch Adnewyddu i roi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The LRS at {endpoint} refused the user name or password: check them under Learning Record Store….</source>
        <translation>Gwrthododd yr LRS yn {endpoint} yr enw defnyddiwr neu&apos;r cyfrinair: gwiriwch nhw o dan Storfa Cofnodion Dysgu….</translation>
    </message>
    <message>
        <source>The classroom session could not be fetched: {why}.</source>
        <translation>Doedd dim modd nôl sesiwn y dosbarth: {why}.</translation>
    </message>
    <message>
        <source>Attempts from</source>
        <translation>Ymgeisiau o</translation>
    </message>
    <message>
        <source>No classroom session fetched yet.</source>
        <translation>Dim sesiwn dosbarth wedi&apos;i nôl eto.</translation>
    </message>
    <message>
        <source>Every attempt kept on this computer, in {folder}</source>
        <translation>Pob ymgais a gadwyd ar y cyfrifiadur hwn, yn {folder}</translation>
    </message>
    <message>
        <source>Every attempt of classroom session “{session}”, fetched from the LRS at {endpoint}</source>
        <translation>Pob ymgais yn sesiwn dosbarth “{session}”, wedi&apos;u nôl o&apos;r LRS yn {endpoint}</translation>
    </message>
    <message>
        <source>The records could not be read: {why}</source>
        <translation>Doedd dim modd darllen y cofnodion: {why}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Attempts fetched from the LRS have no journal on this computer, so they cannot be exported one by one or sent again; the summary CSV covers them.</source>
        <translation>Does gan ymgeisiau a nôlwyd o&apos;r LRS ddim dyddlyfr ar y cyfrifiadur hwn, felly ni ellir eu hallforio fesul un na&apos;u hanfon eto; mae CSV y crynodeb yn eu cynnwys.</translation>
    </message>
    <message>
        <source>Learning Record Store…</source>
        <translation>Storfa Cofnodion Dysgu…</translation>
    </message>
    <message>
        <source>Back to scenarios</source>
        <translation>Yn ôl i&apos;r senarios</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>Attempts from</source>
        <translation>Ymgeisiau o</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Export summary CSV…</source>
        <translation>Allforio CSV y crynodeb…</translation>
    </message>
    <message>
        <source>Export selected as CSV…</source>
        <translation>Allforio&apos;r rhai a ddewiswyd fel CSV…</translation>
    </message>
    <message>
        <source>Export selected as PDF…</source>
        <translation>Allforio&apos;r rhai a ddewiswyd fel PDF…</translation>
    </message>
    <message>
        <source>Send selected to LRS</source>
        <translation>Anfon y rhai a ddewiswyd i&apos;r LRS</translation>
    </message>
    <message>
        <source>Review written answers…</source>
        <translation>Adolygu atebion ysgrifenedig…</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Yn darllen y cofnodion…</translation>
    </message>
    <message>
        <source>Fetching the classroom session from the LRS…</source>
        <translation>Yn nôl sesiwn y dosbarth o&apos;r LRS…</translation>
    </message>
    <message>
        <source>The selected attempts&apos; written answers (or all shown): confirm or overturn each flag, add one it missed</source>
        <translation>Atebion ysgrifenedig yr ymgeisiau a ddewiswyd (neu&apos;r cyfan a ddangosir): cadarnhewch neu wrthdrowch bob mater a nodwyd, ac ychwanegwch un a fethwyd</translation>
    </message>
    <message>
        <source>Rulings saved on {count} attempt; the scores follow them.</source>
        <translation>Dyfarniadau wedi&apos;u cadw ar {count} ymgais; mae&apos;r sgorau&apos;n eu dilyn.</translation>
    </message>
    <message>
        <source>Rulings saved on {count} attempts; the scores follow them.</source>
        <translation>Dyfarniadau wedi&apos;u cadw ar {count} ymgais; mae&apos;r sgorau&apos;n eu dilyn.</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Practice</source>
        <translation>Ymarfer</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>{count} decision taken</source>
        <translation>{count} penderfyniad wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>{count} decisions taken</source>
        <translation>{count} penderfyniad wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>time limits {words}</source>
        <translation>terfynau amser {words}</translation>
    </message>
    <message>
        <source>started {time} · stopped {elapsed} in · {taken}</source>
        <translation>dechreuwyd {time} · stopiodd ar ôl {elapsed} · {taken}</translation>
    </message>
    <message>
        <source>Carry on where you stopped?</source>
        <translation>Parhau o&apos;r man lle stopioch chi?</translation>
    </message>
    <message>
        <source>These attempts were not finished. Resume one and it carries on where it stopped, with the posts you had already seen.</source>
        <translation>Ni orffennwyd yr ymgeisiau hyn. Ailddechreuwch un a bydd yn parhau o&apos;r man lle stopiodd, gyda&apos;r postiadau roeddech chi wedi&apos;u gweld eisoes.</translation>
    </message>
    <message>
        <source>This attempt was not finished. Resume it and it carries on where it stopped, with the posts you had already seen.</source>
        <translation>Ni orffennwyd yr ymgais hon. Ailddechreuwch hi a bydd yn parhau o&apos;r man lle stopiodd, gyda&apos;r postiadau roeddech chi wedi&apos;u gweld eisoes.</translation>
    </message>
    <message>
        <source>Unfinished attempts</source>
        <translation>Ymgeisiau heb eu gorffen</translation>
    </message>
    <message>
        <source>Give it up</source>
        <translation>Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <source>Mark the attempt as abandoned: it is kept but never scored</source>
        <translation>Marcio&apos;r ymgais fel un a adawyd: caiff ei chadw ond ni chaiff ei sgorio byth</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nid nawr</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ailddechrau</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>No ruling</source>
        <translation>Dim dyfarniad</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Cadarnhau</translation>
    </message>
    <message>
        <source>Overturn</source>
        <translation>Gwrthdroi</translation>
    </message>
    <message>
        <source>Why the detectors flagged it:</source>
        <translation>Pam y nododd y canfodyddion hyn:</translation>
    </message>
    <message>
        <source>Ruling on {flag}</source>
        <translation>Dyfarniad ar {flag}</translation>
    </message>
    <message>
        <source>Reason (needed to overturn)</source>
        <translation>Rheswm (mae angen un i wrthdroi)</translation>
    </message>
    <message>
        <source>Reason for the ruling on {flag}</source>
        <translation>Rheswm dros y dyfarniad ar {flag}</translation>
    </message>
    <message>
        <source>Written {in_language}: the detectors did not read it, so it has earned nothing yet. Read it, add any flag it deserves, and tick that you have read it.</source>
        <translation>Wedi&apos;i ysgrifennu {in_language}: ni ddarllenodd y canfodyddion ef, felly nid yw wedi ennill dim eto. Darllenwch ef, ychwanegwch unrhyw fater y mae&apos;n ei haeddu, a thiciwch i ddangos eich bod wedi&apos;i ddarllen.</translation>
    </message>
    <message>
        <source>I have read it: score it with the flags I give</source>
        <translation>Rwyf wedi&apos;i ddarllen: sgoriwch ef gyda&apos;r materion a nodaf</translation>
    </message>
    <message>
        <source>No flags were raised.</source>
        <translation>Ni nodwyd unrhyw faterion.</translation>
    </message>
    <message>
        <source>Add a flag it missed…</source>
        <translation>Ychwanegu mater a fethwyd…</translation>
    </message>
    <message>
        <source>Add a flag the detectors missed</source>
        <translation>Ychwanegu mater a fethodd y canfodyddion</translation>
    </message>
    <message>
        <source>Why it applies</source>
        <translation>Pam mae&apos;n berthnasol</translation>
    </message>
    <message>
        <source>Reason for the added flag</source>
        <translation>Rheswm dros y mater a ychwanegwyd</translation>
    </message>
    <message>
        <source>Review written answers</source>
        <translation>Adolygu atebion ysgrifenedig</translation>
    </message>
    <message>
        <source>Your name, as it goes on the record</source>
        <translation>Eich enw, fel y bydd ar y cofnod</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <source>The attempts chosen have no finished written answers to review.</source>
        <translation>Does gan yr ymgeisiau a ddewiswyd ddim atebion ysgrifenedig gorffenedig i&apos;w hadolygu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Save rulings</source>
        <translation>Cadw&apos;r dyfarniadau</translation>
    </message>
    <message>
        <source>Choose Confirm or Overturn for a flag, or add one, first.</source>
        <translation>Dewiswch Cadarnhau neu Gwrthdroi ar gyfer mater a nodwyd, neu ychwanegwch un, yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>RoomWatch</name>
    <message>
        <source>The LRS at {endpoint} could not be reached; {again}.</source>
        <translation>Doedd dim modd cyrraedd yr LRS yn {endpoint}; {again}.</translation>
    </message>
    <message>
        <source>The LRS at {endpoint} did not answer in time; {again}.</source>
        <translation>Ni atebodd yr LRS yn {endpoint} mewn pryd; {again}.</translation>
    </message>
    <message>
        <source>The LRS at {endpoint} had a problem of its own; {again}.</source>
        <translation>Cafodd yr LRS yn {endpoint} broblem ei hun; {again}.</translation>
    </message>
    <message>
        <source>The LRS at {endpoint} lost its answer on the way; {again}.</source>
        <translation>Collodd yr LRS yn {endpoint} ei ateb ar y ffordd; {again}.</translation>
    </message>
    <message>
        <source>trying again every few seconds</source>
        <translation>rhoi cynnig arall arni bob ychydig eiliadau</translation>
    </message>
    <message>
        <source>press the button again</source>
        <translation>pwyswch y botwm eto</translation>
    </message>
    <message>
        <source>The LRS at {endpoint} refused the user name or password: check them under Learning Record Store… in the app.</source>
        <translation>Gwrthododd yr LRS yn {endpoint} yr enw defnyddiwr neu&apos;r cyfrinair: gwiriwch nhw o dan Storfa Cofnodion Dysgu… yn yr ap.</translation>
    </message>
    <message>
        <source>The LRS could not be read: {why}; {again}.</source>
        <translation>Doedd dim modd darllen yr LRS: {why}; {again}.</translation>
    </message>
    <message>
        <source>Up to date: last heard from the LRS at {time}.</source>
        <translation>Yn gyfredol: clywyd gan yr LRS ddiwethaf am {time}.</translation>
    </message>
    <message>
        <source>Not done: {problem}</source>
        <translation>Heb ei wneud: {problem}</translation>
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
        <source>in English</source>
        <translation>yn Saesneg</translation>
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
    <name>ScoreRing</name>
    <message>
        <source>Score {score} out of 100, pass mark {mark}, passed</source>
        <translation>Sgôr {score} allan o 100, marc llwyddo {mark}, wedi llwyddo</translation>
    </message>
    <message>
        <source>Score {score} out of 100, pass mark {mark}, not passed</source>
        <translation>Sgôr {score} allan o 100, marc llwyddo {mark}, heb lwyddo</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>choose an option</source>
        <translation>dewis opsiwn</translation>
    </message>
    <message>
        <source>send</source>
        <translation>anfon</translation>
    </message>
    <message>
        <source>next / previous post</source>
        <translation>postiad nesaf / blaenorol</translation>
    </message>
    <message>
        <source>like the focused post</source>
        <translation>hoffi&apos;r postiad dan sylw</translation>
    </message>
    <message>
        <source>reply to the focused post</source>
        <translation>ateb y postiad dan sylw</translation>
    </message>
    <message>
        <source>repost or quote the focused post</source>
        <translation>ailbostio neu ddyfynnu&apos;r postiad dan sylw</translation>
    </message>
    <message>
        <source>quote the focused post</source>
        <translation>dyfynnu&apos;r postiad dan sylw</translation>
    </message>
    <message>
        <source>bookmark the focused post</source>
        <translation>rhoi nod tudalen ar y postiad dan sylw</translation>
    </message>
    <message>
        <source>more: report, mute, block, delete, message</source>
        <translation>rhagor: rhoi gwybod, distewi, rhwystro, dileu, anfon neges</translation>
    </message>
    <message>
        <source>write a new post</source>
        <translation>ysgrifennu postiad newydd</translation>
    </message>
    <message>
        <source>back to the newest posts</source>
        <translation>yn ôl i&apos;r postiadau diweddaraf</translation>
    </message>
    <message>
        <source>pause (Practice)</source>
        <translation>oedi (Ymarfer)</translation>
    </message>
    <message>
        <source>Home, Notifications, Messages, Profile</source>
        <translation>Cartref, Hysbysiadau, Negeseuon, Proffil</translation>
    </message>
    <message>
        <source>work inbox</source>
        <translation>mewnflwch gwaith</translation>
    </message>
    <message>
        <source>appearance: theme, text size, reduced motion</source>
        <translation>golwg: thema, maint y testun, llai o symud</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>{count} hour</source>
        <translation>{count} awr</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} awr</translation>
    </message>
    <message>
        <source>{count} hour ago</source>
        <translation>{count} awr yn ôl</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>{count} awr yn ôl</translation>
    </message>
    <message>
        <source>{count} minute</source>
        <translation>{count} munud</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} munud</translation>
    </message>
    <message>
        <source>{count} minute ago</source>
        <translation>{count} munud yn ôl</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>{count} munud yn ôl</translation>
    </message>
    <message>
        <source>{count} second</source>
        <translation>{count} eiliad</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} eiliad</translation>
    </message>
    <message>
        <source>{count} second ago</source>
        <translation>{count} eiliad yn ôl</translation>
    </message>
    <message>
        <source>{count} seconds ago</source>
        <translation>{count} eiliad yn ôl</translation>
    </message>
    <message>
        <source>{count} reply</source>
        <translation>{count} ateb</translation>
    </message>
    <message>
        <source>{count} replies</source>
        <translation>{count} ateb</translation>
    </message>
    <message>
        <source>{count} repost</source>
        <translation>{count} ailbostiad</translation>
    </message>
    <message>
        <source>{count} reposts</source>
        <translation>{count} ailbostiad</translation>
    </message>
    <message>
        <source>{count} like</source>
        <translation>{count} hoffiad</translation>
    </message>
    <message>
        <source>{count} likes</source>
        <translation>{count} hoffiad</translation>
    </message>
    <message>
        <source>{count} view</source>
        <translation>{count} edrychiad</translation>
    </message>
    <message>
        <source>{count} views</source>
        <translation>{count} edrychiad</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ychydig eiliadau yn ôl</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nawr</translation>
    </message>
    <message>
        <source>{count}h</source>
        <translation>{count}a</translation>
    </message>
    <message>
        <source>{count}m</source>
        <translation>{count}m</translation>
    </message>
    <message>
        <source>{count}s</source>
        <translation>{count}e</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>fel y&apos;u hysgrifennwyd</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>wedi&apos;u diffodd</translation>
    </message>
    <message>
        <source>one and a half times as long</source>
        <translation>wedi&apos;u hymestyn i un waith a hanner</translation>
    </message>
    <message>
        <source>doubled</source>
        <translation>wedi&apos;u dyblu</translation>
    </message>
    <message>
        <source>tripled</source>
        <translation>wedi&apos;u treblu</translation>
    </message>
    <message>
        <source>made {factor} times as long</source>
        <translation>wedi&apos;u hymestyn i {factor} gwaith</translation>
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
        <source>For trainers: write or check a scenario in the workbench, or run a classroom session</source>
        <translation>I hyfforddwyr: ysgrifennu neu wirio senario yn y fainc waith, neu gynnal sesiwn dosbarth</translation>
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
        <source>New classroom session…</source>
        <translation>Sesiwn dosbarth newydd…</translation>
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
<context>
    <name>Workbench</name>
    <message>
        <source> random</source>
        <translation> ar hap</translation>
    </message>
    <message>
        <source>How many seeded random plays to run</source>
        <translation>Faint o rediadau ar hap (â hedyn) i&apos;w chwarae</translation>
    </message>
    <message>
        <source>Run automatic plays</source>
        <translation>Chwarae&apos;n awtomatig</translation>
    </message>
    <message>
        <source>The best play, the worst, and the random ones, run here without a window; never recorded</source>
        <translation>Y chwarae gorau, y gwaethaf, a&apos;r rhai ar hap, wedi&apos;u rhedeg yma heb ffenestr; ni chânt eu cofnodi byth</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Anghofio</translation>
    </message>
    <message>
        <source>Start coverage again from nothing</source>
        <translation>Dechrau&apos;r cwmpas eto o ddim</translation>
    </message>
    <message>
        <source>States and options not yet visited</source>
        <translation>Cyflyrau ac opsiynau heb ymweld â nhw eto</translation>
    </message>
    <message>
        <source>Worst and best score each competency can reach</source>
        <translation>Y sgôr waethaf a&apos;r orau y gall pob cymhwysedd ei chyrraedd</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Cymhwysedd</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Gwaethaf</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Gorau</translation>
    </message>
    <message>
        <source>Not yet visited (click to choose the state)</source>
        <translation>Heb ymweld eto (cliciwch i ddewis y cyflwr)</translation>
    </message>
    <message>
        <source>Reachable score per competency</source>
        <translation>Y sgôr y gellir ei chyrraedd fesul cymhwysedd</translation>
    </message>
    <message>
        <source>Each competency&apos;s score on its worst and best path from the start to an ending, as the scoring rules work it out, with the points earned there; points from reactions are not in it</source>
        <translation>Sgôr pob cymhwysedd ar ei lwybr gwaethaf a&apos;i lwybr gorau o&apos;r dechrau i ddiweddglo, fel y mae&apos;r rheolau sgorio yn ei chyfrifo, gyda&apos;r pwyntiau a enillir yno; nid yw pwyntiau o ymatebion yn rhan ohoni</translation>
    </message>
    <message>
        <source>Working out every path…</source>
        <translation>Yn cyfrifo pob llwybr…</translation>
    </message>
    <message>
        <source>{count} paths</source>
        <translation>{count} llwybr</translation>
    </message>
    <message>
        <source>the first {count} paths</source>
        <translation>y {count} llwybr cyntaf</translation>
    </message>
    <message>
        <source>% (points) · overall {low}–{high} · {paths}, start to ending; reactions not counted</source>
        <translation>% (pwyntiau) · cyfanswm {low}–{high} · {paths}, o&apos;r dechrau i ddiweddglo; heb gyfrif ymatebion</translation>
    </message>
    <message>
        <source>Running {count} automatic plays…</source>
        <translation>Yn chwarae {count} rhediad awtomatig…</translation>
    </message>
    <message>
        <source>The automatic plays stopped: {problem}</source>
        <translation>Daeth y rhediadau awtomatig i ben: {problem}</translation>
    </message>
    <message>
        <source>ending {place}: {title}</source>
        <translation>diweddglo {place}: {title}</translation>
    </message>
    <message>
        <source>state {place}: {title}</source>
        <translation>cyflwr {place}: {title}</translation>
    </message>
    <message>
        <source>option {option} in {state}: {label}</source>
        <translation>opsiwn {option} yn {state}: {label}</translation>
    </message>
    <message>
        <source>the map dims the rest</source>
        <translation>mae&apos;r map yn pylu&apos;r gweddill</translation>
    </message>
    <message>
        <source>nothing is left unvisited</source>
        <translation>does dim ar ôl heb ymweld ag ef</translation>
    </message>
    <message>
        <source>Nothing played yet: run the automatic plays, or preview from a state.</source>
        <translation>Dim wedi&apos;i chwarae eto: chwaraewch y rhediadau awtomatig, neu agorwch ragolwg o gyflwr.</translation>
    </message>
    <message>
        <source>{visited} visited in {count} play (automatic and previews); {rest}</source>
        <translation>{visited} wedi&apos;u cyrraedd mewn {count} rhediad (awtomatig a rhagolygon); {rest}</translation>
    </message>
    <message>
        <source>{visited} visited in {count} plays (automatic and previews); {rest}</source>
        <translation>{visited} wedi&apos;u cyrraedd mewn {count} rhediad (awtomatig a rhagolygon); {rest}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>llinell {line}</translation>
    </message>
    <message>
        <source>Fix the file&apos;s errors to see this state&apos;s injects and options.</source>
        <translation>Cywirwch wallau&apos;r ffeil i weld mewnbynnau ac opsiynau&apos;r cyflwr hwn.</translation>
    </message>
    <message>
        <source>What arrives</source>
        <translation>Beth sy&apos;n cyrraedd</translation>
    </message>
    <message>
        <source>Decision (time limit {limit}s):</source>
        <translation>Penderfyniad (terfyn amser {limit}s):</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Penderfyniad:</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>testun rhydd</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>fel arall</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>dim pwyntiau</translation>
    </message>
    <message>
        <source>if</source>
        <translation>os</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <source>flagged {flags}</source>
        <translation>nodwyd {flags}</translation>
    </message>
    <message>
        <source>not flagged {flags}</source>
        <translation>ni nodwyd {flags}</translation>
    </message>
    <message>
        <source>rubric {rubric}</source>
        <translation>cyfeireb {rubric}</translation>
    </message>
    <message>
        <source>if {conditions}</source>
        <translation>os {conditions}</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>penderfyniad</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>awtomatig</translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation>nid yw yn y ffeil</translation>
    </message>
    <message>
        <source>ending: good</source>
        <translation>diweddglo: da</translation>
    </message>
    <message>
        <source>ending: public backlash</source>
        <translation>diweddglo: adlach gyhoeddus</translation>
    </message>
    <message>
        <source>ending: internal backlash</source>
        <translation>diweddglo: adlach fewnol</translation>
    </message>
    <message>
        <source>ending: internal + public backlash</source>
        <translation>diweddglo: adlach fewnol + gyhoeddus</translation>
    </message>
    <message>
        <source>ending: {outcome} backlash</source>
        <translation>diweddglo: adlach {outcome}</translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation>ni ellir ei gyrraedd</translation>
    </message>
    <message>
        <source>no way out to an ending</source>
        <translation>dim ffordd allan i ddiweddglo</translation>
    </message>
    <message>
        <source>{count} options</source>
        <translation>{count} opsiwn</translation>
    </message>
    <message>
        <source>{said} · not yet visited</source>
        <translation>{said} · heb ymweld eto</translation>
    </message>
    <message>
        <source>Scenario map</source>
        <translation>Map y senario</translation>
    </message>
    <message>
        <source>Play from “{title}”</source>
        <translation>Chwarae o “{title}”</translation>
    </message>
    <message>
        <source>A practice preview from this state. It is not recorded as an attempt. Set the variables it starts with:</source>
        <translation>Rhagolwg ymarfer o&apos;r cyflwr hwn. Ni chaiff ei gofnodi fel ymgais. Gosodwch y newidynnau y mae&apos;n dechrau gyda nhw:</translation>
    </message>
    <message>
        <source>Start value of {name}</source>
        <translation>Gwerth cychwynnol {name}</translation>
    </message>
    <message>
        <source>This scenario has no variables.</source>
        <translation>Does gan y senario hwn ddim newidynnau.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <source>The file has errors, so this is worked out from the last version that could be read; fix the problems and it follows again.</source>
        <translation>Mae gwallau yn y ffeil, felly mae hyn wedi&apos;i gyfrifo o&apos;r fersiwn olaf y gellid ei darllen; cywirwch y problemau a bydd yn dilyn eto.</translation>
    </message>
    <message>
        <source>Time axis of the path: moments above, overlapping spans below</source>
        <translation>Echelin amser y llwybr: digwyddiadau unigol uchod, cyfnodau sy&apos;n gorgyffwrdd isod</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Meanwhile</source>
        <translation>Ar yr un pryd</translation>
    </message>
    <message>
        <source>Best play</source>
        <translation>Y chwarae gorau</translation>
    </message>
    <message>
        <source>Worst play</source>
        <translation>Y chwarae gwaethaf</translation>
    </message>
    <message>
        <source>To the state chosen on the map</source>
        <translation>I&apos;r cyflwr a ddewiswyd ar y map</translation>
    </message>
    <message>
        <source>answers at the last moment</source>
        <translation>yn ateb ar y funud olaf</translation>
    </message>
    <message>
        <source>answers at once</source>
        <translation>yn ateb ar unwaith</translation>
    </message>
    <message>
        <source>answers after 30 s</source>
        <translation>yn ateb ar ôl 30 eiliad</translation>
    </message>
    <message>
        <source>never lands (the run has ended): {text}</source>
        <translation>ni fydd byth yn cyrraedd (mae&apos;r rhediad wedi dod i ben): {text}</translation>
    </message>
    <message>
        <source>Which path the timeline follows</source>
        <translation>Pa lwybr y mae&apos;r llinell amser yn ei ddilyn</translation>
    </message>
    <message>
        <source>How long the trainee takes over each decision</source>
        <translation>Faint o amser y mae&apos;r hyfforddai&apos;n ei gymryd dros bob penderfyniad</translation>
    </message>
    <message>
        <source>Events of the path, in time order</source>
        <translation>Digwyddiadau&apos;r llwybr, yn nhrefn amser</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Llwybr</translation>
    </message>
    <message>
        <source>Choose a state on the map: the timeline shows the way to it (the best play until then).</source>
        <translation>Dewiswch gyflwr ar y map: mae&apos;r llinell amser yn dangos y ffordd ato (y chwarae gorau hyd hynny).</translation>
    </message>
    <message>
        <source>Ends in {ending} at {time} · {count} events, {alongside} while a burst or a decision runs</source>
        <translation>Yn gorffen yn {ending} am {time} · {count} digwyddiad, {alongside} tra bo ton o bostiadau neu benderfyniad ar waith</translation>
    </message>
    <message>
        <source>{said} · this path does not reach {state}: its conditions led elsewhere</source>
        <translation>{said} · nid yw&apos;r llwybr hwn yn cyrraedd {state}: arweiniodd ei amodau i rywle arall</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <source>Workbench — {name}</source>
        <translation>Mainc waith — {name}</translation>
    </message>
    <message>
        <source>The chosen state or ending</source>
        <translation>Y cyflwr neu&apos;r diweddglo a ddewiswyd</translation>
    </message>
    <message>
        <source>Click a box on the map (or find it by name) to see what arrives there, its decision and where each option leads.</source>
        <translation>Cliciwch flwch ar y map (neu chwiliwch amdano wrth ei enw) i weld beth sy&apos;n cyrraedd yno, ei benderfyniad a ble mae pob opsiwn yn arwain.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemau yn y ffeil</translation>
    </message>
    <message>
        <source>Play from here…</source>
        <translation>Chwarae o&apos;r fan hyn…</translation>
    </message>
    <message>
        <source>A practice preview from the chosen state, with the variables you set; never recorded</source>
        <translation>Rhagolwg ymarfer o&apos;r cyflwr a ddewiswyd, gyda&apos;r newidynnau a osodwch chi; ni chaiff ei gofnodi byth</translation>
    </message>
    <message>
        <source>Find a state…</source>
        <translation>Chwilio am gyflwr…</translation>
    </message>
    <message>
        <source>Problems (Enter or double-click opens the line in your editor)</source>
        <translation>Problemau (mae Enter neu glicio ddwywaith yn agor y llinell yn eich golygydd)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ffitio</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Agor yn y golygydd</translation>
    </message>
    <message>
        <source>No problems: the scenario can be played.</source>
        <translation>Dim problemau: gellir chwarae&apos;r senario.</translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s).</source>
        <translation>{errors} gwall, {warnings} rhybudd.</translation>
    </message>
    <message>
        <source>{said} The file cannot be read as a scenario yet: the map is the last good one.</source>
        <translation>{said} Ni ellir darllen y ffeil fel senario eto: y map yw&apos;r un da diwethaf.</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {problem}</source>
        <translation>llinell {line}, colofn {column}: {problem}</translation>
    </message>
    <message>
        <source>Play from “{state}”…</source>
        <translation>Chwarae o “{state}”…</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <source>What do you want to say?</source>
        <translation>Beth hoffech chi ei ddweud?</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Ysgrifennwch neges</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Postio</translation>
    </message>
</context>
</TS>
