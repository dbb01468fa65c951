<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LatentPanel</name>
    <message numerus="yes">
        <source>PCA of {samples} latents at iteration {iteration}: these %n direction(s) explain {share}% of the first block&apos;s variance.</source>
        <translation>
            <numerusform>PCA of {samples} latents at iteration {iteration}: this %n direction explains {share}% of the first block&apos;s variance.</numerusform>
            <numerusform>PCA of {samples} latents at iteration {iteration}: these %n directions explain {share}% of the first block&apos;s variance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The generator has trained %Ln iteration(s) since: Recompute.</source>
        <translation>
            <numerusform>The generator has trained %Ln iteration since: Recompute.</numerusform>
            <numerusform>The generator has trained %Ln iterations since: Recompute.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleGridPanel</name>
    <message numerus="yes">
        <source>%n point(s) · {used} / {budget}</source>
        <translation>
            <numerusform>%n point · {used} / {budget}</numerusform>
            <numerusform>%n points · {used} / {budget}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewind point(s): snapshots of the whole training state kept in memory ({used} of the {budget} budget set in the Live panel): one per grid frame, the newest 20 and older ones log-spaced</source>
        <translation>
            <numerusform>%n rewind point: snapshots of the whole training state kept in memory ({used} of the {budget} budget set in the Live panel): one per grid frame, the newest 20 and older ones log-spaced</numerusform>
            <numerusform>%n rewind points: snapshots of the whole training state kept in memory ({used} of the {budget} budget set in the Live panel): one per grid frame, the newest 20 and older ones log-spaced</numerusform>
        </translation>
    </message>
</context>
</TS>
