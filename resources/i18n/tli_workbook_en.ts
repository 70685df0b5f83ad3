<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ArtifactCard</name>
        <message numerus="yes">
            <source>Annotation (at most %n words)</source>
            <translation>
                <numerusform>Annotation (at most %n word)</numerusform>
                <numerusform>Annotation (at most %n words)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Annotation (at least %n words)</source>
            <translation>
                <numerusform>Annotation (at least %n word)</numerusform>
                <numerusform>Annotation (at least %n words)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArtifactsPage</name>
        <message numerus="yes">
            <source>Attaching was stopped: {left} of %n files were not attached.</source>
            <translation>
                <numerusform>Attaching was stopped: {left} of %n files were not attached.</numerusform>
                <numerusform>Attaching was stopped: {left} of %n files were not attached.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This part asks for %n different artifacts; there are now {have}. Remove the ones you will not submit.</source>
            <translation>
                <numerusform>This part asks for %n artifact; there are now {have}. Remove the ones you will not submit.</numerusform>
                <numerusform>This part asks for %n different artifacts; there are now {have}. Remove the ones you will not submit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n files could not be attached because of an unexpected problem ({error}). The cards already shown are attached; attach the others again, and if it happens again, restart the app.</source>
            <translation>
                <numerusform>{left} of %n file could not be attached because of an unexpected problem ({error}). The cards already shown are attached; attach the others again, and if it happens again, restart the app.</numerusform>
                <numerusform>{left} of %n files could not be attached because of an unexpected problem ({error}). The cards already shown are attached; attach the others again, and if it happens again, restart the app.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{have} of %n artifacts attached.</source>
            <translation>
                <numerusform>{have} of %n artifact attached.</numerusform>
                <numerusform>{have} of %n artifacts attached.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{have} artifacts attached; this part asks for %n.</source>
            <translation>
                <numerusform>{have} artifacts attached; this part asks for %n.</numerusform>
                <numerusform>{have} artifacts attached; this part asks for %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) could not be read in full after they were attached. They stay attached, but cannot be shown or put in the packet: remove them, and attach a good copy of each.</source>
            <translation>
                <numerusform>%n photo could not be read in full after it was attached. It stays attached, but cannot be shown or put in the packet: remove it, and attach a good copy.</numerusform>
                <numerusform>%n photos could not be read in full after they were attached. They stay attached, but cannot be shown or put in the packet: remove them, and attach a good copy of each.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Attach</name>
        <message numerus="yes">
            <source>%n file(s) were not attached:</source>
            <translation>
                <numerusform>This file was not attached:</numerusform>
                <numerusform>%n files were not attached:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CircleMapPage</name>
        <message numerus="yes">
            <source>%n entries overlap on the map: drag them apart, or use Tidy to arrange the whole map.</source>
            <translation>
                <numerusform>%n entry overlaps another on the map: drag them apart, or use Tidy to arrange the whole map.</numerusform>
                <numerusform>%n entries overlap on the map: drag them apart, or use Tidy to arrange the whole map.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CircleMapScene</name>
        <message numerus="yes">
            <source>Move %n items</source>
            <translation>
                <numerusform>Move %n item</numerusform>
                <numerusform>Move %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CounterLabel</name>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryListModel</name>
        <message numerus="yes">
            <source>{ring} ring, %n entries</source>
            <translation>
                <numerusform>{ring} ring, %n entry</numerusform>
                <numerusform>{ring} ring, %n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDoneDialog</name>
        <message numerus="yes">
            <source>Upload kit: %n file(s) in the folder {folder}</source>
            <translation>
                <numerusform>Upload kit: %n file in the folder {folder}</numerusform>
                <numerusform>Upload kit: %n files in the folder {folder}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportGuard</name>
        <message numerus="yes">
            <source>%n requirement(s) not met yet:</source>
            <translation>
                <numerusform>%n requirement is not met yet:</numerusform>
                <numerusform>%n requirements are not met yet:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  • …and %n more (see Review › Readiness)</source>
            <translation>
                <numerusform>  • …and %n more (see Review › Readiness)</numerusform>
                <numerusform>  • …and %n more (see Review › Readiness)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n detail(s) could identify you or your students:</source>
            <translation>
                <numerusform>%n detail could identify you or your students:</numerusform>
                <numerusform>%n details could identify you or your students:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  • …and %n more (see Review › Privacy)</source>
            <translation>
                <numerusform>  • …and %n more (see Review › Privacy)</numerusform>
                <numerusform>  • …and %n more (see Review › Privacy)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackPage</name>
        <message numerus="yes">
            <source>Record the feedback of at least %n stakeholders who took part, each by role only, never by name.</source>
            <translation>
                <numerusform>Record the feedback of at least %n stakeholder who took part, by role only, never by name.</numerusform>
                <numerusform>Record the feedback of at least %n stakeholders who took part, each by role only, never by name.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message numerus="yes">
            <source>Add %n more</source>
            <translation>
                <numerusform>Add %n more</numerusform>
                <numerusform>Add %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n linked need(s) no longer on the Circle Map: link a current need</source>
            <translation>
                <numerusform>%n linked need is no longer on the Circle Map: link a current need</numerusform>
                <numerusform>%n linked needs are no longer on the Circle Map: link a current need</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Link at least %n need(s) from your Circle Map</source>
            <translation>
                <numerusform>Link at least %n need from your Circle Map</numerusform>
                <numerusform>Link at least %n needs from your Circle Map</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{field}: %n row(s)</source>
            <translation>
                <numerusform>{field}: %n row</numerusform>
                <numerusform>{field}: %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fill at least %n row(s)</source>
            <translation>
                <numerusform>Fill at least %n row</numerusform>
                <numerusform>Fill at least %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %n character(s)</source>
            <translation>
                <numerusform>At most %n character</numerusform>
                <numerusform>At most %n characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileKinds</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message numerus="yes">
            <source>%n place(s)</source>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Fishbone</name>
        <message numerus="yes">
            <source>{issue} (%n cause(s))</source>
            <translation>
                <numerusform>{issue} (%n cause)</numerusform>
                <numerusform>{issue} (%n causes)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GroupEditor</name>
        <message numerus="yes">
            <source>{count} of at least %n {item}(s) recorded</source>
            <translation>
                <numerusform>{count} of at least %n {item}(s) recorded</numerusform>
                <numerusform>{count} of at least %n {item}(s) recorded</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Limits</name>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Below range: %n more word(s) needed</source>
            <translation>
                <numerusform>Below range: %n more word needed</numerusform>
                <numerusform>Below range: %n more words needed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Above range: %n word(s) over</source>
            <translation>
                <numerusform>Above range: %n word over</numerusform>
                <numerusform>Above range: %n words over</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkupCommand</name>
        <message numerus="yes">
            <source>Delete %n mark(s)</source>
            <translation>
                <numerusform>Delete mark</numerusform>
                <numerusform>Delete %n marks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Packet</name>
        <message numerus="yes">
            <source>(%n picture(s) in {name} in a format the packet cannot show; the original file is in the upload kit.)</source>
            <translation>
                <numerusform>(%n picture in {name} is in a format the packet cannot show; the original file is in the upload kit.)</numerusform>
                <numerusform>(%n pictures in {name} are in a format the packet cannot show; the original file is in the upload kit.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n page(s) follow).</source>
            <translation>
                <numerusform>{name} (page follows).</numerusform>
                <numerusform>{name} (all %n pages follow).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message numerus="yes">
            <source>%n different artifact(s), each annotated in {words}.</source>
            <translation>
                <numerusform>%n artifact, annotated in {words}.</numerusform>
                <numerusform>%n different artifacts, each annotated in {words}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Feedback from at least %n stakeholder(s) who took part, each answering ({guidance}):</source>
            <translation>
                <numerusform>Feedback from at least %n stakeholder who took part, answering ({guidance}):</numerusform>
                <numerusform>Feedback from at least %n stakeholders who took part, each answering ({guidance}):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message numerus="yes">
            <source>%n finding(s) to review.</source>
            <translation>
                <numerusform>%n finding to review.</numerusform>
                <numerusform>%n findings to review.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ignored for this session.</source>
            <translation>
                <numerusform>%n ignored for this session.</numerusform>
                <numerusform>%n ignored for this session.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacyScan</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n map entry(s)</source>
            <translation>
                <numerusform>%n map entry</numerusform>
                <numerusform>%n map entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n artifact description(s)</source>
            <translation>
                <numerusform>%n artifact description</numerusform>
                <numerusform>%n artifact descriptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback form(s)</source>
            <translation>
                <numerusform>%n feedback form</numerusform>
                <numerusform>%n feedback forms</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) read</source>
            <translation>
                <numerusform>%n picture read</numerusform>
                <numerusform>%n pictures read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PDF page(s) read</source>
            <translation>
                <numerusform>%n PDF page read</numerusform>
                <numerusform>%n PDF pages read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file name(s)</source>
            <translation>
                <numerusform>%n file name</numerusform>
                <numerusform>%n file names</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) still being read.</source>
            <translation>
                <numerusform>%n picture is still being read.</numerusform>
                <numerusform>%n pictures are still being read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) could not be read: look at them yourself.</source>
            <translation>
                <numerusform>%n picture could not be read: look at it yourself.</numerusform>
                <numerusform>%n pictures could not be read: look at them yourself.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n PDF page(s) not read (long PDFs are read up to 20 pages): check them yourself.</source>
            <translation>
                <numerusform>%n PDF page was not read (long PDFs are read up to 20 pages): check it yourself.</numerusform>
                <numerusform>%n PDF pages were not read (long PDFs are read up to 20 pages): check them yourself.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Readiness</name>
        <message numerus="yes">
            <source>{ring}: %n entries</source>
            <translation>
                <numerusform>{ring}: %n entry</numerusform>
                <numerusform>{ring}: %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add at least %n</source>
            <translation>
                <numerusform>Add at least %n</numerusform>
                <numerusform>Add at least %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n more</source>
            <translation>
                <numerusform>Add %n more</numerusform>
                <numerusform>Add %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Keep only %n</source>
            <translation>
                <numerusform>Keep only %n</numerusform>
                <numerusform>Keep only %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} of %n artifacts</source>
            <translation>
                <numerusform>{n} of %n artifact</numerusform>
                <numerusform>{n} of %n artifacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} of %n prompts unanswered</source>
            <translation>
                <numerusform>{n} of %n prompt unanswered</numerusform>
                <numerusform>{n} of %n prompts unanswered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} of at least %n stakeholders with all prompts answered</source>
            <translation>
                <numerusform>{n} of at least %n stakeholder with all prompts answered</numerusform>
                <numerusform>{n} of at least %n stakeholders with all prompts answered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add feedback from %n more</source>
            <translation>
                <numerusform>Add feedback from %n more</numerusform>
                <numerusform>Add feedback from %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadinessPage</name>
        <message numerus="yes">
            <source>Privacy check: %n finding(s) to review (see Privacy).</source>
            <translation>
                <numerusform>Privacy check: %n finding to review (see Privacy).</numerusform>
                <numerusform>Privacy check: %n findings to review (see Privacy).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n checks met</source>
            <translation>
                <numerusform>All %n checks met</numerusform>
                <numerusform>All %n checks met</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of {total} done · %n to finish</source>
            <translation>
                <numerusform>{done} of {total} done · %n to finish</numerusform>
                <numerusform>{done} of {total} done · %n to finish</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadinessReport</name>
        <message numerus="yes">
            <source>All %n checks met</source>
            <translation>
                <numerusform>All %n checks met</numerusform>
                <numerusform>All %n checks met</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n done. Still to do:</source>
            <translation>
                <numerusform>{done} of %n done. Still to do:</numerusform>
                <numerusform>{done} of %n done. Still to do:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Privacy: %n finding(s) to review</source>
            <translation>
                <numerusform>Privacy: %n finding to review</numerusform>
                <numerusform>Privacy: %n findings to review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more: see Review › Privacy in the app.</source>
            <translation>
                <numerusform>…and %n more: see Review › Privacy in the app.</numerusform>
                <numerusform>…and %n more: see Review › Privacy in the app.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n privacy finding(s) to review</source>
            <translation>
                <numerusform>%n privacy finding to review</numerusform>
                <numerusform>%n privacy findings to review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) to finish</source>
            <translation>
                <numerusform>%n thing to finish</numerusform>
                <numerusform>%n things to finish</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Privacy: %n finding(s) to review</source>
            <translation>
                <numerusform>Privacy: %n finding to review</numerusform>
                <numerusform>Privacy: %n findings to review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>[{label}] {text} (%n times) in {where}</source>
            <translation>
                <numerusform>[{label}] {text} (%n time) in {where}</numerusform>
                <numerusform>[{label}] {text} (%n times) in {where}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} and %n more</numerusform>
                <numerusform>{names} and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{taken} ({reason}) — %n workbook(s): {names}</source>
            <translation>
                <numerusform>{taken} ({reason}) — %n workbook: {names}</numerusform>
                <numerusform>{taken} ({reason}) — %n workbooks: {names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RubricOverviewPage</name>
        <message numerus="yes">
            <source>{count} of %n row(s) at {levels} by your own judgement.</source>
            <translation>
                <numerusform>{count} of %n row at {levels} by your own judgement.</numerusform>
                <numerusform>{count} of %n rows at {levels} by your own judgement.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message numerus="yes">
            <source>%n filled tool(s)</source>
            <translation>
                <numerusform>%n filled tool</numerusform>
                <numerusform>%n filled tools</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n part(s)</source>
            <translation>
                <numerusform>{done} of %n part</numerusform>
                <numerusform>{done} of %n parts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StructureTree</name>
        <message numerus="yes">
            <source>{field}: %n structure(s)</source>
            <translation>
                <numerusform>{field}: %n structure</numerusform>
                <numerusform>{field}: %n structures</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolkitCommands</name>
        <message numerus="yes">
            <source>send %n issue(s) to the Circle Map</source>
            <translation>
                <numerusform>send %n issue to the Circle Map</numerusform>
                <numerusform>send %n issues to the Circle Map</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolkitLinks</name>
        <message numerus="yes">
            <source>Added %n need(s) to the Circle Map, best ranked first: {needs}.</source>
            <translation>
                <numerusform>Added %n need to the Circle Map: {needs}.</numerusform>
                <numerusform>Added %n needs to the Circle Map, best ranked first: {needs}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied the goal and %n objective(s) into {where}. Edit them there freely.</source>
            <translation>
                <numerusform>Copied the goal and %n objective into {where}. Edit them there freely.</numerusform>
                <numerusform>Copied the goal and %n objectives into {where}. Edit them there freely.</numerusform>
            </translation>
        </message>
    </context>
</TS>
