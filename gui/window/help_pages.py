"""The Help menu's pages: how to read the curves (with the ganhacks list), the keyboard shortcuts, and
About with the versions in use (read from the installed packages' metadata, so asking does not import
TensorFlow in the window's thread)."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from gui.i18n import translate

# The pages, as HTML in English; show_page shows them in the window's language (their Korean is in the .ts).
CURVES = QT_TRANSLATE_NOOP("HelpPages", """
<h3>How to read these curves</h3>
<p><b>Losses.</b> A GAN is a game, so its losses do not fall to zero as a classifier's do. With the
cross-entropy loss a balanced game keeps the discriminator's loss near 2&middot;ln 2 &asymp; 1.39 and
the generator's near ln 2 &asymp; 0.69, both noisy. A discriminator loss falling towards 0 while the
generator's climbs means D is winning: the generator's gradients vanish (the "D wins" alarm).</p>
<p><b>Accuracy and outputs.</b> D's accuracy on real and on fake images near 0.5-0.8 is a healthy
fight; accuracy on fakes stuck at 1.0 means D sees through every sample. D(x) and D(G(z)) are its
mean probabilities that real and generated images are real.</p>
<p><b>Gradient norms</b> (log scale): sudden spikes of ten times their recent median come before many
divergences (the "exploding gradients" alarm).</p>
<p><b>Quality</b> (measured against the real test set): FCD, the Fr&eacute;chet distance between the
Fashion classifier's features of generated and real images (lower is better; the dashed floor is what
real images score), the classifier score (higher is better, at most 10; real images 8.5) and class
coverage (1 when all ten classes are equally present; a fall is mode collapse). On pictures other than
Fashion-MNIST the SWD (sliced Wasserstein distance of small patches) is measured instead of the classifier's.</p>
<p><b>Other families.</b> The conditional DCGAN has the DCGAN's curves; its quality adds how often the
Fashion classifier recognises the class each sample was asked for (overall, and per class as faint
lines). Pix2Pix adds the generator's L1 distance to the real garment (it should fall
steadily; the adversarial part keeps the outputs sharp), and its quality is the Fashion classifier's
accuracy on the outputs against the real images' own (the ceiling). CycleGAN plots each direction's
adversarial loss, each discriminator's loss and the cycle L1 (how well a garment survives the round
trip); its quality is the share of translations the classifier puts in the target class. On other
pictures (a folder, the emoji) no classifier judges them: Pix2Pix's quality is the L1 to the real
pictures, CycleGAN's the cycle L1 and the SWD of each direction's translations against the target's
pictures (on the left axis; lower is better).</p>
<p><b>The composer</b> (music) plots the generator's adversarial loss, its cross-entropy to Bach's own voices
(it should fall steadily) and the critic's loss. Its panel shows, for fixed held-out melodies, the generated
alto, tenor and bass above Bach's own. Its quality is nine harmony metrics of the generated voices (in the
melody's key, consonant with the melody, parallel fifths and octaves, voice ranges and crossings, empty beats,
note lengths, pitch classes per bar, the pitch-class distance), each beside the same figure for Bach's own
voices (the faint lines): the closer, the more like Bach.</p>
<p><b>The melody pad</b> (its own tab) writes the alto, tenor and bass under a melody of yours: with the run's
composer when the run is a composer's, else with the shipped composer (not a run). Click notes on its roll or type
them (the keys below), open a MIDI or MusicXML file, or take a held-out chorale's melody; Play plays the four voices
(with no sound device, export a WAV and listen elsewhere); Export MIDI writes them as four tracks.</p>
<p><b>Markers.</b> Red dashed lines are alarms; amber dotted lines are recipe changes made while
training (the Live tab); after a rewind the abandoned future stays as faded dotted curves.</p>
<h3>The ganhacks list (Chintala et al.), and where GAN Studio has each</h3>
<ol>
<li>Normalise images to [-1, 1], tanh as the generator's last layer (the model does).</li>
<li>The non-saturating generator loss, max log D(G(z)) (the <i>bce</i> loss).</li>
<li>Sample the latent from a Gaussian (it is).</li>
<li>Batch norm; batches of only real or only fake images (the step does).</li>
<li>Avoid sparse gradients: LeakyReLU (the model uses it).</li>
<li>Soft and noisy labels: one-sided label smoothing, label flipping (Recipe, Live tab).</li>
<li>DCGAN or hybrid models (the DCGAN is the model).</li>
<li>Stability tricks from RL, e.g. experience replay (not here).</li>
<li>Adam (both optimizers; beta1 0.5 in the DCGAN and Fast start presets).</li>
<li>Track failures early: D's loss to 0, exploding gradients (the alarms).</li>
<li>Do not balance losses by statistics without a reason (D steps per G step is a setting).</li>
<li>Use labels if you have them (the conditional DCGAN).</li>
<li>Add noise to D's inputs, decaying over time (instance noise, with its decay).</li>
<li>Train the discriminator more (D steps per G step).</li>
<li>Discrete variables in conditional GANs (not here).</li>
<li>Dropout in G in train and test phases (dropout in G, training only here).</li>
</ol>
""")

SHORTCUTS = QT_TRANSLATE_NOOP("HelpPages", """
<h3>Keyboard shortcuts</h3>
<table cellpadding="3">
<tr><td><b>Space</b></td><td>Pause / resume training</td></tr>
<tr><td><b>Ctrl+N</b></td><td>New run (ends the current one; its settings become editable)</td></tr>
<tr><td><b>Ctrl+O</b></td><td>Open a checkpoint</td></tr>
<tr><td><b>Ctrl+S</b></td><td>Save a checkpoint</td></tr>
<tr><td><b>Ctrl+E</b></td><td>Export the grid's evolution as a GIF</td></tr>
<tr><td><b>Ctrl+1 ... Ctrl+6</b></td><td>Training curves, Latent explorer, Discriminator, Sketch pad,
Melody pad, Runs</td></tr>
<tr><td><b>A W S E D F T G Y H U J K</b></td><td>On the melody pad's roll: a piano's octave from C, each key a note at
the cursor (Z, X: an octave down, up; Left, Right: move the cursor; Backspace: take the last note back)</td></tr>
<tr><td><b>Ctrl+Q</b></td><td>Quit (asks to save unsaved progress)</td></tr>
</table>
""")


def versions() -> dict[str, str]:
    """The versions of Python and of the packages GAN Studio runs on, as installed."""
    found = {"Python": platform.python_version()}
    for label, names in (("TensorFlow", ("tensorflow-cpu", "tensorflow")), ("Keras", ("keras",)),
                         ("PySide6", ("PySide6-Essentials", "PySide6")), ("pyqtgraph", ("pyqtgraph",)),
                         ("numpy", ("numpy",)), ("music21", ("music21",))):
        for name in names:
            try:
                found[label] = metadata.version(name)
                break
            except metadata.PackageNotFoundError:
                continue
        else:
            found[label] = "not installed"
    return found


def show_page(parent: QWidget, title: str, html: str) -> QDialog:
    """A non-modal page of text (`html`: one of this module's pages, shown in the window's language); returned so a
    caller (or a test) can close it."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(640, 560)
    text = QTextBrowser()
    text.setHtml(translate("HelpPages", html))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.show()
    return dialog


def show_about(parent: QWidget) -> None:
    rows = "".join(f"<tr><td>{name}</td><td>{version}</td></tr>" for name, version in versions().items())
    QMessageBox.about(parent, translate("HelpPages", "About GAN Studio"),
                      "<h3>GAN Studio</h3><p>" + translate(
                          "HelpPages", "Train GANs (the TensorFlow tutorial's DCGAN, a conditional DCGAN, Pix2Pix, "
                          "CycleGAN) on Fashion-MNIST or your own pictures, and a composer on Bach's chorales, and "
                          "watch them learn.")
                      + f"</p><table cellpadding='2'>{rows}</table>")
