<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AlarmBanner</name>
    <message>
        <source>Go back to the last state known to be finite (the newest rewind point)</source>
        <translation>유한한 값이었던 것으로 확인된 마지막 상태(가장 최근의 되감기 지점)로 돌아갑니다</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Hide this alarm; its marker stays on the curves</source>
        <translation>이 경보를 숨깁니다. 표시선은 곡선에 남습니다</translation>
    </message>
    <message>
        <source>⚠ {title} — iteration {iteration}</source>
        <translation>⚠ {title} — 반복 {iteration}</translation>
    </message>
    <message>
        <source>Restore iteration {iteration}</source>
        <translation>반복 {iteration}(으)로 복원</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>iteration {iteration} (epoch {epoch})</source>
        <translation>반복 {iteration}(에포크 {epoch})</translation>
    </message>
</context>
<context>
    <name>CurvesTab</name>
    <message>
        <source>Divergence (NaN/Inf): pauses training</source>
        <translation>발산(NaN/Inf): 학습을 일시 정지합니다</translation>
    </message>
    <message>
        <source>The discriminator wins</source>
        <translation>판별자의 압승</translation>
    </message>
    <message>
        <source>Mode collapse</source>
        <translation>모드 붕괴</translation>
    </message>
    <message>
        <source>Exploding gradients</source>
        <translation>기울기 폭주</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Discriminator accuracy and outputs</source>
        <translation>판별자의 정확도와 출력</translation>
    </message>
    <message>
        <source>Gradient norms (log scale)</source>
        <translation>기울기 노름(로그 눈금)</translation>
    </message>
    <message>
        <source>Smooth curves (EMA)</source>
        <translation>곡선 매끄럽게(EMA)</translation>
    </message>
    <message>
        <source>Show an exponential moving average (about 20 iterations) instead of raw values</source>
        <translation>원래 값 대신 지수 이동 평균(약 20회 반복)을 보여 줍니다</translation>
    </message>
    <message>
        <source>Evaluate now</source>
        <translation>지금 평가</translation>
    </message>
    <message>
        <source>Measure the generator&apos;s quality now, against real images (DCGAN: FCD, KID, classifier score and class coverage on Fashion-MNIST, the SWD on any pictures; Pix2Pix and CycleGAN: their own)</source>
        <translation>생성자의 품질을 지금 진짜 이미지와 비교해 측정합니다(DCGAN: Fashion-MNIST에서는 FCD, KID, 분류기 점수, 클래스 포괄도, 어떤 사진이든 SWD; Pix2Pix와 CycleGAN: 각자의 지표)</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>경보</translation>
    </message>
    <message>
        <source>Which alarms are raised (unticked: muted)</source>
        <translation>어떤 경보를 울릴지(체크 해제: 끔)</translation>
    </message>
</context>
<context>
    <name>DirectionsBox</name>
    <message>
        <source>Directions (±{range} standard deviations)</source>
        <translation>방향(±{range} 표준편차)</translation>
    </message>
    <message>
        <source>Raw coordinates</source>
        <translation>원래 좌표</translation>
    </message>
    <message>
        <source>Sliders move single latent coordinates z[0], z[1], ... instead of the generator&apos;s principal directions (offsets reset)</source>
        <translation>슬라이더가 생성자의 주성분 방향 대신 잠재 좌표 z[0], z[1], ... 하나하나를 움직입니다(이동량은 초기화됩니다)</translation>
    </message>
    <message>
        <source>How many direction sliders</source>
        <translation>방향 슬라이더 개수</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>다시 계산</translation>
    </message>
    <message>
        <source>PCA of the generator&apos;s first block over {count} random latents (GANSpace), for the generator as it is now</source>
        <translation>지금의 생성자에 대해, 무작위 잠재 벡터 {count}개에서 생성자 첫 블록의 PCA를 구합니다(GANSpace)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>All sliders back to 0 and t back to A</source>
        <translation>모든 슬라이더를 0으로, t를 A로 되돌립니다</translation>
    </message>
    <message>
        <source>Sliders</source>
        <translation>슬라이더</translation>
    </message>
</context>
<context>
    <name>DiscriminatorPanel</name>
    <message>
        <source>D&apos;s view appears with the first grid frame of a run</source>
        <translation>학습의 첫 격자 프레임과 함께 D의 관점이 나타납니다</translation>
    </message>
    <message>
        <source>Real images (the last batch&apos;s first eight): D&apos;s probability that each is real, now</source>
        <translation>진짜 이미지(마지막 배치의 처음 여덟 장): 지금 D가 각각을 진짜라고 보는 확률</translation>
    </message>
    <message>
        <source>Generated images (the grid&apos;s first eight cells): D&apos;s probability that each is real</source>
        <translation>생성된 이미지(격자의 처음 여덟 칸): D가 각각을 진짜라고 보는 확률</translation>
    </message>
    <message>
        <source>D&apos;s probabilities on the last training batch</source>
        <translation>마지막 학습 배치에 대한 D의 확률</translation>
    </message>
    <message>
        <source>D(x): probability of real</source>
        <translation>D(x): 진짜일 확률</translation>
    </message>
    <message>
        <source>% of the batch</source>
        <translation>배치 중 비율(%)</translation>
    </message>
    <message>
        <source>real</source>
        <translation>진짜</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>pick a grid cell</source>
        <translation>격자 칸을 고르세요</translation>
    </message>
    <message>
        <source>|dD/dx|: how strongly each pixel would move D&apos;s verdict (bright: most)</source>
        <translation>|dD/dx|: 각 픽셀이 D의 판정을 얼마나 크게 움직이는지(밝을수록 큼)</translation>
    </message>
    <message>
        <source>Click a cell of the sample grid to see where D looks in it</source>
        <translation>샘플 격자의 칸을 클릭하면 D가 그 안의 어디를 보는지 보여 줍니다</translation>
    </message>
    <message>
        <source>Iteration {iteration}: what the discriminator says now</source>
        <translation>반복 {iteration}: 판별자가 지금 말하는 것</translation>
    </message>
    <message>
        <source>Grid cell {cell} and its saliency |dD/dx| (click another cell of the sample grid to change)</source>
        <translation>격자 칸 {cell}과 그 돌출 맵 |dD/dx| (샘플 격자의 다른 칸을 클릭하면 바뀝니다)</translation>
    </message>
</context>
<context>
    <name>ExportGifDialog</name>
    <message>
        <source>Export GIF of the evolution</source>
        <translation>변화 과정 GIF 내보내기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Export GIF</source>
        <translation>GIF 내보내기</translation>
    </message>
    <message>
        <source>GIF images (*.gif)</source>
        <translation>GIF 이미지 (*.gif)</translation>
    </message>
    <message>
        <source>Like the TensorFlow DCGAN tutorial (denser early)</source>
        <translation>TensorFlow DCGAN 튜토리얼처럼(초반을 촘촘하게)</translation>
    </message>
    <message>
        <source>Every frame ({count})</source>
        <translation>모든 프레임({count})</translation>
    </message>
    <message>
        <source> ms per frame</source>
        <translation> ms/프레임</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>separator</source>
        <translation>구분자</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>columnMode</source>
        <translation>열 배치</translation>
    </message>
    <message>
        <source>CSV of original plot data</source>
        <translation>원래 곡선 데이터의 CSV</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>HDF5 Export: plot (x,y)</source>
        <translation>HDF5 내보내기: 곡선 (x,y)</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>antialias</source>
        <translation>앤티에일리어싱</translation>
    </message>
    <message>
        <source>background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>invertValue</source>
        <translation>값 뒤집기</translation>
    </message>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>이미지 파일 (PNG, TIF, JPG, ...)</translation>
    </message>
    <message>
        <source>Matplotlib Window</source>
        <translation>Matplotlib 창</translation>
    </message>
    <message>
        <source>Print Document</source>
        <translation>문서 인쇄</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <source>scaling stroke</source>
        <translation>선 굵기도 확대</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics</source>
        <translation>벡터 그래픽</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>벡터 그래픽 (SVG)</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>PyQtGraph</source>
        <translation>PyQtGraph</translation>
    </message>
    <message>
        <source>Link Axis:</source>
        <translation>축 연결:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축을 다른 그래프와 연결합니다. 연결하면 두 그래프가 같은 범위를 보여 줍니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;자동 맞춤일 때 보이게 할 데이터의 비율. 튀는 잡음이 있는 데이터라면 줄이는 것이 좋을 수 있습니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;보이는 데이터가 바뀔 때마다 이 축의 범위를 저절로 맞춥니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축의 범위를 직접 정합니다. 자동 맞춤은 꺼집니다. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>직접</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축에 보일 가장 작은 값.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축에 보일 가장 큰 값.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축을 뒤집어 보여 줍니다(+y가 위 대신 아래를 향함).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>축 뒤집기</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축에서 마우스로 이동하고 확대·축소할 수 있게 합니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>마우스 사용</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;켜면 다른 축 방향으로 보이는 데이터에만 맞춰 자동으로 범위를 정합니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>보이는 데이터만</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;켜면 축이 현재 데이터를 가운데에 두도록 저절로 이동하지만, 이 축의 배율은 바뀌지 않습니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>자동 이동만</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>이 그래프에 보이는 곡선들의 평균을 보여 줍니다. 매개변수 목록에서 평균 낼 매개변수를 고를 수 있습니다(있을 때).</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>각 곡선에서 보이는 부분만 그립니다. X 값이 고른 간격이라고 가정합니다.</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>보이는 부분만 그리기</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>이 그래프에 곡선이 여럿일 때, 켜면 보이는 곡선 수를 제한합니다.</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>최대 곡선 수:</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>다운샘플</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>원래 데이터의 최솟값과 최댓값을 따라가는 톱니 모양으로 다운샘플합니다. 데이터를 가장 잘 보여 주지만 더 느립니다.</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>최고점</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>이 그래프에 곡선이 여럿일 때 &quot;최대 곡선 수&quot;를 켜고 이 값을 정하면 보이는 곡선 수를 제한합니다.</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>최대 곡선 수를 켰을 때, 숨긴 곡선을 메모리에서 지웁니다(메모리를 아끼지만 다시 보이게 할 수 없습니다).</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>숨긴 곡선 지우기</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>N개 표본의 평균으로 다운샘플합니다.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균값</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>N개 표본 중 첫 번째로 다운샘플합니다. 가장 빠르고 가장 부정확합니다.</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>솎아내기</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>보이는 범위에 맞춰 데이터를 저절로 다운샘플합니다. X 값이 고른 간격이라고 가정합니다.</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>그리기 전에 데이터를 다운샘플합니다(N번째 표본마다 그림).</translation>
    </message>
    <message>
        <source>x</source>
        <translation>배</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>X 로그 눈금</translation>
    </message>
    <message>
        <source>dy/dx</source>
        <translation>dy/dx</translation>
    </message>
    <message>
        <source>Y vs. Y&apos;</source>
        <translation>Y 대 Y&apos;</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>파워 스펙트럼 (FFT)</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Y 로그 눈금</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>평균 빼기</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>X 격자선 보이기</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>Y 격자선 보이기</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>투명도</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>내보낼 항목:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>내보낼 형식</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>내보내기 설정</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>내보내기…</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>
&lt;h3&gt;How to read these curves&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Losses.&lt;/b&gt; A GAN is a game, so its losses do not fall to zero as a classifier&apos;s do. With the
cross-entropy loss a balanced game keeps the discriminator&apos;s loss near 2&amp;middot;ln 2 &amp;asymp; 1.39 and
the generator&apos;s near ln 2 &amp;asymp; 0.69, both noisy. A discriminator loss falling towards 0 while the
generator&apos;s climbs means D is winning: the generator&apos;s gradients vanish (the &quot;D wins&quot; alarm).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Accuracy and outputs.&lt;/b&gt; D&apos;s accuracy on real and on fake images near 0.5-0.8 is a healthy
fight; accuracy on fakes stuck at 1.0 means D sees through every sample. D(x) and D(G(z)) are its
mean probabilities that real and generated images are real.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Gradient norms&lt;/b&gt; (log scale): sudden spikes of ten times their recent median come before many
divergences (the &quot;exploding gradients&quot; alarm).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Quality&lt;/b&gt; (measured against the real test set): FCD, the Fr&amp;eacute;chet distance between the
Fashion classifier&apos;s features of generated and real images (lower is better; the dashed floor is what
real images score), the classifier score (higher is better, at most 10; real images 8.5) and class
coverage (1 when all ten classes are equally present; a fall is mode collapse). On pictures other than
Fashion-MNIST the SWD (sliced Wasserstein distance of small patches) is measured instead of the classifier&apos;s.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Other families.&lt;/b&gt; The conditional DCGAN has the DCGAN&apos;s curves; its quality adds how often the
Fashion classifier recognises the class each sample was asked for (overall, and per class as faint
lines). Pix2Pix adds the generator&apos;s L1 distance to the real garment (it should fall
steadily; the adversarial part keeps the outputs sharp), and its quality is the Fashion classifier&apos;s
accuracy on the outputs against the real images&apos; own (the ceiling). CycleGAN plots each direction&apos;s
adversarial loss, each discriminator&apos;s loss and the cycle L1 (how well a garment survives the round
trip); its quality is the share of translations the classifier puts in the target class. On other
pictures (a folder, the emoji) no classifier judges them: Pix2Pix&apos;s quality is the L1 to the real
pictures, CycleGAN&apos;s the cycle L1 and the SWD of each direction&apos;s translations against the target&apos;s
pictures (on the left axis; lower is better).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;The composer&lt;/b&gt; (music) plots the generator&apos;s adversarial loss, its cross-entropy to Bach&apos;s own voices
(it should fall steadily) and the critic&apos;s loss. Its panel shows, for fixed held-out melodies, the generated
alto, tenor and bass above Bach&apos;s own. Its quality is nine harmony metrics of the generated voices (in the
melody&apos;s key, consonant with the melody, parallel fifths and octaves, voice ranges and crossings, empty beats,
note lengths, pitch classes per bar, the pitch-class distance), each beside the same figure for Bach&apos;s own
voices (the faint lines): the closer, the more like Bach.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;The melody pad&lt;/b&gt; (its own tab) writes the alto, tenor and bass under a melody of yours: with the run&apos;s
composer when the run is a composer&apos;s, else with the shipped composer (not a run). Click notes on its roll or type
them (the keys below), open a MIDI or MusicXML file, or take a held-out chorale&apos;s melody; Play plays the four voices
(with no sound device, export a WAV and listen elsewhere); Export MIDI writes them as four tracks.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Markers.&lt;/b&gt; Red dashed lines are alarms; amber dotted lines are recipe changes made while
training (the Live tab); after a rewind the abandoned future stays as faded dotted curves.&lt;/p&gt;
&lt;h3&gt;The ganhacks list (Chintala et al.), and where GAN Studio has each&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;Normalise images to [-1, 1], tanh as the generator&apos;s last layer (the model does).&lt;/li&gt;
&lt;li&gt;The non-saturating generator loss, max log D(G(z)) (the &lt;i&gt;bce&lt;/i&gt; loss).&lt;/li&gt;
&lt;li&gt;Sample the latent from a Gaussian (it is).&lt;/li&gt;
&lt;li&gt;Batch norm; batches of only real or only fake images (the step does).&lt;/li&gt;
&lt;li&gt;Avoid sparse gradients: LeakyReLU (the model uses it).&lt;/li&gt;
&lt;li&gt;Soft and noisy labels: one-sided label smoothing, label flipping (Recipe, Live tab).&lt;/li&gt;
&lt;li&gt;DCGAN or hybrid models (the DCGAN is the model).&lt;/li&gt;
&lt;li&gt;Stability tricks from RL, e.g. experience replay (not here).&lt;/li&gt;
&lt;li&gt;Adam (both optimizers; beta1 0.5 in the DCGAN and Fast start presets).&lt;/li&gt;
&lt;li&gt;Track failures early: D&apos;s loss to 0, exploding gradients (the alarms).&lt;/li&gt;
&lt;li&gt;Do not balance losses by statistics without a reason (D steps per G step is a setting).&lt;/li&gt;
&lt;li&gt;Use labels if you have them (the conditional DCGAN).&lt;/li&gt;
&lt;li&gt;Add noise to D&apos;s inputs, decaying over time (instance noise, with its decay).&lt;/li&gt;
&lt;li&gt;Train the discriminator more (D steps per G step).&lt;/li&gt;
&lt;li&gt;Discrete variables in conditional GANs (not here).&lt;/li&gt;
&lt;li&gt;Dropout in G in train and test phases (dropout in G, training only here).&lt;/li&gt;
&lt;/ol&gt;
</source>
        <translation>
&lt;h3&gt;곡선 읽는 법&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;손실.&lt;/b&gt; GAN은 게임이라서 분류기처럼 손실이 0으로 떨어지지 않습니다. 교차 엔트로피 손실에서 균형 잡힌 게임이라면
판별자의 손실은 2&amp;middot;ln 2 &amp;asymp; 1.39 근처, 생성자의 손실은 ln 2 &amp;asymp; 0.69 근처에 머물며 둘 다 요동칩니다.
판별자의 손실이 0으로 떨어지는데 생성자의 손실이 오르면 D가 이기고 있다는 뜻입니다: 생성자의 기울기가 사라집니다(&quot;D 압승&quot; 경보).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;정확도와 출력.&lt;/b&gt; 진짜와 가짜 이미지에 대한 D의 정확도가 0.5-0.8 근처면 건강한 싸움입니다. 가짜에 대한 정확도가
1.0에 붙어 있으면 D가 모든 샘플을 꿰뚫어 본다는 뜻입니다. D(x)와 D(G(z))는 진짜와 생성된 이미지를 진짜라고 보는
평균 확률입니다.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;기울기 노름&lt;/b&gt;(로그 눈금): 최근 중앙값의 열 배가 넘는 갑작스러운 치솟음은 많은 발산에 앞서 나타납니다
(&quot;기울기 폭주&quot; 경보).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;품질&lt;/b&gt;(진짜 테스트 세트와 비교해 측정): FCD는 생성된 이미지와 진짜 이미지의 Fashion 분류기 특징 사이의
프레셰 거리입니다(낮을수록 좋고, 점선 바닥값은 진짜 이미지가 받는 점수). 분류기 점수는 높을수록 좋고 최대 10이며(진짜
이미지는 8.5), 클래스 포괄도는 열 클래스가 고르게 나오면 1입니다(떨어지면 모드 붕괴). Fashion-MNIST가 아닌 사진에서는
분류기 대신 SWD(작은 조각들의 슬라이스 바서슈타인 거리)를 잽니다.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;다른 GAN 종류.&lt;/b&gt; 조건부 DCGAN은 DCGAN의 곡선을 그대로 쓰고, 품질에 샘플마다 요청한 클래스를 Fashion 분류기가
얼마나 자주 알아보는지를 더합니다(전체, 그리고 클래스별로 흐린 선). Pix2Pix는 진짜 옷과의 L1 거리를 더하며(꾸준히
떨어져야 하고, 적대적 손실이 출력을 선명하게 지켜 줍니다), 품질은 출력에 대한 Fashion 분류기의 정확도를 진짜 이미지의
정확도(상한)와 비교한 것입니다. CycleGAN은 방향마다의 적대적 손실, 판별자마다의 손실, 사이클 L1(옷이 한 바퀴 돌아와도
얼마나 그대로인지)을 그립니다. 품질은 번역된 이미지 가운데 분류기가 목표 클래스로 판정한 비율입니다. 다른 사진(폴더, 이모지)은
판정할 분류기가 없습니다: Pix2Pix의 품질은 진짜 사진과의 L1, CycleGAN의 품질은 사이클 L1과 방향마다 번역된 이미지와
목표 사진의 SWD입니다(왼쪽 축; 낮을수록 좋음).&lt;/p&gt;
&lt;p&gt;&lt;b&gt;작곡가&lt;/b&gt;(음악)는 생성자의 적대적 손실, 바흐 자신의 성부에 대한 교차 엔트로피(꾸준히 떨어져야 합니다), 비평가의
손실을 그립니다. 패널에는 고정된 평가용 선율마다 생성된 알토, 테너, 베이스가 바흐의 성부 위에 보입니다. 품질은 생성된
성부의 화성 지표 아홉 가지(선율의 조에 맞음, 선율과 어울림, 병행 5도와 8도, 성부 음역과 교차, 빈 박, 음 길이, 마디당
음이름 수, 음이름 분포 거리)이고, 각각을 바흐 자신의 성부에서 잰 같은 값(흐린 선)과 나란히 봅니다: 가까울수록 바흐와
닮았습니다.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;멜로디 패드&lt;/b&gt;(자기 탭)는 여러분의 선율 아래에 알토, 테너, 베이스를 씁니다: 작곡가 학습 중이면 그 학습의
작곡가로, 아니면 함께 배포된 작곡가(학습이 아님)로 씁니다. 롤에 음을 클릭하거나 키보드로 치고(아래 키), MIDI나
MusicXML 파일을 열거나, 평가용 코랄의 선율을 가져오세요. 재생은 네 성부를 들려주고(소리 장치가 없으면 WAV로 내보내
다른 곳에서 들으세요), MIDI 내보내기는 네 트랙으로 씁니다.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;표시선.&lt;/b&gt; 빨간 파선은 경보, 주황 점선은 학습 중에 바꾼 레시피입니다(실시간 탭). 되감은 뒤에는 버려진 미래가
흐린 점선 곡선으로 남습니다.&lt;/p&gt;
&lt;h3&gt;ganhacks 목록(Chintala 외)과 GAN Studio에서 각각이 있는 곳&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;이미지를 [-1, 1]로 정규화하고 생성자의 마지막 층은 tanh(모델이 그렇게 합니다).&lt;/li&gt;
&lt;li&gt;포화하지 않는 생성자 손실, max log D(G(z)) (&lt;i&gt;bce&lt;/i&gt; 손실).&lt;/li&gt;
&lt;li&gt;잠재 벡터를 가우시안에서 뽑기(그렇게 합니다).&lt;/li&gt;
&lt;li&gt;배치 정규화; 진짜만 또는 가짜만으로 된 배치(학습 단계가 그렇게 합니다).&lt;/li&gt;
&lt;li&gt;희소한 기울기 피하기: LeakyReLU(모델이 씁니다).&lt;/li&gt;
&lt;li&gt;부드럽고 잡음 섞인 레이블: 한쪽 레이블 스무딩, 레이블 뒤집기(레시피, 실시간 탭).&lt;/li&gt;
&lt;li&gt;DCGAN이나 혼합 모델(모델이 DCGAN입니다).&lt;/li&gt;
&lt;li&gt;강화 학습의 안정화 기법, 예를 들어 경험 재생(여기에는 없습니다).&lt;/li&gt;
&lt;li&gt;Adam(두 옵티마이저 모두; DCGAN 논문과 빠른 시작 프리셋에서는 beta1 0.5).&lt;/li&gt;
&lt;li&gt;실패를 일찍 잡기: D의 손실이 0으로, 기울기 폭주(경보).&lt;/li&gt;
&lt;li&gt;이유 없이 통계로 손실의 균형을 맞추지 않기(G 한 단계당 D 단계가 설정입니다).&lt;/li&gt;
&lt;li&gt;레이블이 있으면 쓰기(조건부 DCGAN).&lt;/li&gt;
&lt;li&gt;D의 입력에 시간이 갈수록 줄어드는 잡음 더하기(인스턴스 노이즈와 그 감쇠).&lt;/li&gt;
&lt;li&gt;판별자를 더 학습시키기(G 한 단계당 D 단계).&lt;/li&gt;
&lt;li&gt;조건부 GAN의 이산 변수(여기에는 없습니다).&lt;/li&gt;
&lt;li&gt;학습과 테스트 모두에서 G에 드롭아웃(G의 드롭아웃, 여기서는 학습 중에만).&lt;/li&gt;
&lt;/ol&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pause / resume training&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New run (ends the current one; its settings become editable)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open a checkpoint&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save a checkpoint&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export the grid&apos;s evolution as a GIF&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 ... Ctrl+6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Training curves, Latent explorer, Discriminator, Sketch pad,
Melody pad, Runs&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;A W S E D F T G Y H U J K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;On the melody pad&apos;s roll: a piano&apos;s octave from C, each key a note at
the cursor (Z, X: an octave down, up; Left, Right: move the cursor; Backspace: take the last note back)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit (asks to save unsaved progress)&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
</source>
        <translation>
&lt;h3&gt;단축키&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;학습 일시 정지 / 계속&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;새 학습(현재 학습을 끝내고 설정을 편집할 수 있게 합니다)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;체크포인트 열기&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;체크포인트 저장&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;격자의 변화 과정을 GIF로 내보내기&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 ... Ctrl+6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;학습 곡선, 잠재 공간 탐색기, 판별자, 스케치 패드, 멜로디 패드, 학습 기록&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;A W S E D F T G Y H U J K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;멜로디 패드의 롤에서: C부터 한 옥타브의 피아노 건반, 키마다 커서 자리에 음
하나(Z, X: 한 옥타브 아래, 위; 왼쪽, 오른쪽: 커서 옮기기; Backspace: 마지막 음 되돌리기)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;끝내기(저장하지 않은 진행 상황은 저장할지 묻습니다)&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
</translation>
    </message>
    <message>
        <source>About GAN Studio</source>
        <translation>GAN Studio 정보</translation>
    </message>
    <message>
        <source>Train GANs (the TensorFlow tutorial&apos;s DCGAN, a conditional DCGAN, Pix2Pix, CycleGAN) on Fashion-MNIST or your own pictures, and a composer on Bach&apos;s chorales, and watch them learn.</source>
        <translation>GAN(TensorFlow 튜토리얼의 DCGAN, 조건부 DCGAN, Pix2Pix, CycleGAN)을 Fashion-MNIST나 직접 가진 사진으로, 작곡가를 바흐의 코랄로 학습시키고, 배우는 모습을 지켜봅니다.</translation>
    </message>
</context>
<context>
    <name>LatentBox</name>
    <message>
        <source>Latent</source>
        <translation>잠재 벡터</translation>
    </message>
    <message>
        <source>A: the latent being explored (grid cell k is seed k). The same seed always gives the same latent.</source>
        <translation>A: 탐색 중인 잠재 벡터(격자 칸 k는 시드 k). 같은 시드는 언제나 같은 잠재 벡터를 줍니다.</translation>
    </message>
    <message>
        <source>B: the interpolation target. The same seed always gives the same latent.</source>
        <translation>B: 보간의 목표. 같은 시드는 언제나 같은 잠재 벡터를 줍니다.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>A new random seed for A (it stays reproducible: the seed is shown)</source>
        <translation>A의 새 무작위 시드(시드가 보이므로 다시 만들 수 있습니다)</translation>
    </message>
    <message>
        <source>A new random seed for B</source>
        <translation>B의 새 무작위 시드</translation>
    </message>
    <message>
        <source>Walk from A to B along the sphere (slerp)</source>
        <translation>구면을 따라 A에서 B로 걸어갑니다(slerp)</translation>
    </message>
    <message>
        <source>A  seed</source>
        <translation>A  시드</translation>
    </message>
    <message>
        <source>B  seed</source>
        <translation>B  시드</translation>
    </message>
    <message>
        <source>Click a cell of the sample grid to explore it as A; right-click to make it B.</source>
        <translation>샘플 격자의 칸을 클릭하면 A로 탐색하고, 오른쪽 클릭하면 B로 삼습니다.</translation>
    </message>
    <message>
        <source>The class the generator is asked for; the sliders move within it</source>
        <translation>생성자에게 요청하는 클래스입니다. 슬라이더는 그 안에서 움직입니다</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
</context>
<context>
    <name>LatentPanel</name>
    <message>
        <source>{direction} sweep</source>
        <translation>{direction} 훑기</translation>
    </message>
    <message>
        <source>Morph through the classes</source>
        <translation>클래스를 차례로 변형</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>이미지 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Could not save the image</source>
        <translation>이미지를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>seed {seed}  {a} -&gt; {b}  {share}</source>
        <translation>시드 {seed}  {a} -&gt; {b}  {share}</translation>
    </message>
    <message>
        <source>seed {a} -&gt; {b}  t = {t}</source>
        <translation>시드 {a} -&gt; {b}  t = {t}</translation>
    </message>
    <message>
        <source>seed {seed}  {direction} {amount}σ</source>
        <translation>시드 {seed}  {direction} {amount}σ</translation>
    </message>
    <message>
        <source>Export latent walk</source>
        <translation>잠재 공간 걷기 내보내기</translation>
    </message>
    <message>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 애니메이션 (*.gif)</translation>
    </message>
    <message>
        <source>Start or load a run to explore its generator</source>
        <translation>생성자를 탐색하려면 학습을 시작하거나 불러오세요</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>이미지 저장…</translation>
    </message>
    <message>
        <source>Save the image as a PNG, {scale}x enlarged</source>
        <translation>이미지를 {scale}배 확대한 PNG로 저장합니다</translation>
    </message>
    <message>
        <source>Which walk to export: the interpolation A → B, or a sweep along one direction over its whole range</source>
        <translation>내보낼 걷기: A → B 보간, 또는 한 방향을 따라 전체 범위를 훑기</translation>
    </message>
    <message>
        <source>Export walk GIF…</source>
        <translation>걷기 GIF 내보내기…</translation>
    </message>
    <message>
        <source>{frames} frames, {ms} ms each</source>
        <translation>{frames}프레임, 각 {ms} ms</translation>
    </message>
    <message>
        <source>Move the latent along this direction, up to the slider range in standard deviations either side; the image follows as you drag</source>
        <translation>이 방향을 따라 잠재 벡터를 양쪽으로 슬라이더 범위(표준편차)까지 움직입니다. 끄는 동안 이미지가 따라옵니다</translation>
    </message>
    <message>
        <source>Raw latent coordinates: each slider moves one z[k].</source>
        <translation>원래 잠재 좌표: 슬라이더마다 z[k] 하나를 움직입니다.</translation>
    </message>
    <message>
        <source>Finding the generator&apos;s principal directions…</source>
        <translation>생성자의 주성분 방향을 찾는 중…</translation>
    </message>
    <message>
        <source>Principal directions not computed yet.</source>
        <translation>주성분 방향을 아직 계산하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>PCA of {samples} latents at iteration {iteration}: these %n direction(s) explain {share}% of the first block&apos;s variance.</source>
        <translation>
            <numerusform>반복 {iteration}에서 잠재 벡터 {samples}개로 구한 PCA: 이 방향 %n개가 첫 블록 분산의 {share}%를 설명합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The generator has trained %Ln iteration(s) since: Recompute.</source>
        <translation>
            <numerusform>그 뒤로 생성자가 %Ln번 더 학습했습니다: 다시 계산하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} from −{range}σ to +{range}σ (click one to jump there)</source>
        <translation>{name}: −{range}σ에서 +{range}σ까지 (클릭하면 그곳으로 이동)</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>시드 {seed}</translation>
    </message>
    <message>
        <source>seed {a} → seed {b}, t = {t}</source>
        <translation>시드 {a} → 시드 {b}, t = {t}</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Adam beta1 (G and D)</source>
        <translation>Adam beta1(G와 D)</translation>
    </message>
    <message>
        <source>Adam beta1 of both networks.</source>
        <translation>두 신경망의 Adam beta1.</translation>
    </message>
    <message>
        <source>Instance noise decays linearly to 0 over this many iterations from the iteration it was last changed at (0: constant).</source>
        <translation>인스턴스 노이즈는 마지막으로 바꾼 반복부터 이 반복 수에 걸쳐 0까지 선형으로 줄어듭니다(0: 일정).</translation>
    </message>
    <message>
        <source>Switching to a loss for the first time in a run compiles its step once (a few seconds). Label smoothing and flipping must be 0 for hinge and wgan-gp.</source>
        <translation>학습 중 처음으로 어떤 손실로 바꾸면 그 단계를 한 번 컴파일합니다(몇 초). hinge와 wgan-gp에서는 레이블 스무딩과 뒤집기가 0이어야 합니다.</translation>
    </message>
    <message>
        <source>Its decay can change during a run that averages; switching the average on or off needs a new run.</source>
        <translation>평균을 내는 학습 중에는 감쇠율을 바꿀 수 있습니다. 평균을 켜거나 끄려면 새 학습이 필요합니다.</translation>
    </message>
    <message>
        <source>Changes apply from the next iteration</source>
        <translation>변경은 다음 반복부터 적용됩니다</translation>
    </message>
    <message>
        <source>Memory for rewind points (snapshots of the whole training state, one per grid frame: the newest 20 and older ones log-spaced). The oldest go first when full.</source>
        <translation>되감기 지점(학습 상태 전체의 스냅숏, 격자 프레임마다 하나: 최근 20개와 그 이전은 로그 간격)에 쓸 메모리입니다. 가득 차면 가장 오래된 것부터 지웁니다.</translation>
    </message>
    <message>
        <source>Rewind memory</source>
        <translation>되감기 메모리</translation>
    </message>
    <message>
        <source>This run has no weight average (set it for a new run).</source>
        <translation>이 학습에는 가중치 평균이 없습니다(새 학습에서 설정하세요).</translation>
    </message>
    <message>
        <source>A {family} run changes its learning rates and betas here.</source>
        <translation>{family} 학습은 여기서 학습률과 베타를 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>GAN Studio will speak {language} from its next start. Restart it now?</source>
        <translation>GAN Studio는 다음 시작부터 {language}(으)로 표시됩니다. 지금 다시 시작할까요?</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>새 학습</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>The settings of the next new run</source>
        <translation>다음 새 학습의 설정</translation>
    </message>
    <message>
        <source>Change the recipe of the run under way, from its next iteration on</source>
        <translation>진행 중인 학습의 레시피를 다음 반복부터 바꿉니다</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <source>Losses, the discriminator&apos;s accuracy and outputs, gradient norms and quality, as training goes on</source>
        <translation>학습이 진행되는 동안의 손실, 판별자의 정확도와 출력, 기울기 노름, 품질</translation>
    </message>
    <message>
        <source>Latent explorer</source>
        <translation>잠재 공간 탐색기</translation>
    </message>
    <message>
        <source>Explore what the generator learned: sliders along its principal directions, seeds, interpolation</source>
        <translation>생성자가 배운 것을 탐색합니다: 주성분 방향을 따라가는 슬라이더, 시드, 보간</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>판별자</translation>
    </message>
    <message>
        <source>The run through the discriminator&apos;s eyes: its verdicts, their histograms on the last batch, and where it looks (saliency)</source>
        <translation>판별자의 눈으로 본 학습: 판정, 마지막 배치에서의 판정 히스토그램, 그리고 어디를 보는지(돌출 맵)</translation>
    </message>
    <message>
        <source>Sketch pad</source>
        <translation>스케치 패드</translation>
    </message>
    <message>
        <source>Pix2Pix: draw a picture&apos;s edges and watch the generator fill them in</source>
        <translation>Pix2Pix: 그림의 윤곽선을 그리면 생성자가 그 안을 채우는 모습을 봅니다</translation>
    </message>
    <message>
        <source>Melody pad</source>
        <translation>멜로디 패드</translation>
    </message>
    <message>
        <source>Composer: play a melody and hear the alto, tenor and bass a GAN writes under it</source>
        <translation>작곡가: 선율을 연주하면 GAN이 그 아래에 쓰는 알토, 테너, 베이스를 들을 수 있습니다</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>학습 기록</translation>
    </message>
    <message>
        <source>Every run in one place: their curves overlaid, their grids side by side, what differs between their recipes</source>
        <translation>모든 학습을 한곳에: 곡선을 겹쳐 보고, 격자를 나란히 보고, 레시피에서 무엇이 다른지 봅니다</translation>
    </message>
    <message>
        <source>Style transfer</source>
        <translation>스타일 변환</translation>
    </message>
    <message>
        <source>Paint a picture in another&apos;s style, with no downloaded weights</source>
        <translation>내려받은 가중치 없이, 한 그림을 다른 그림의 스타일로 다시 그립니다</translation>
    </message>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>TensorFlow를 불러오는 중…</translation>
    </message>
    <message>
        <source>Save before closing?</source>
        <translation>닫기 전에 저장할까요?</translation>
    </message>
    <message>
        <source>Iterations {first}-{last} are not saved. Save a checkpoint into {folder} before closing?</source>
        <translation>반복 {first}-{last}이(가) 저장되지 않았습니다. 닫기 전에 {folder}에 체크포인트를 저장할까요?</translation>
    </message>
    <message>
        <source>GAN Studio checkpoints (*{suffix});;All files (*)</source>
        <translation>GAN Studio 체크포인트 (*{suffix});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Invalid setting</source>
        <translation>잘못된 설정</translation>
    </message>
    <message>
        <source>Building the networks…</source>
        <translation>신경망을 만드는 중…</translation>
    </message>
    <message>
        <source>Save checkpoint</source>
        <translation>체크포인트 저장</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>{path} 저장 중…</translation>
    </message>
    <message>
        <source>Load checkpoint</source>
        <translation>체크포인트 불러오기</translation>
    </message>
    <message>
        <source>Loading {path}…</source>
        <translation>{path} 불러오는 중…</translation>
    </message>
    <message>
        <source>Export generator</source>
        <translation>생성자 내보내기</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras 모델 (*.keras)</translation>
    </message>
    <message>
        <source>Exporting {path}…</source>
        <translation>{path} 내보내는 중…</translation>
    </message>
    <message>
        <source>Rewinding to iteration {iteration}…</source>
        <translation>반복 {iteration}(으)로 되감는 중…</translation>
    </message>
    <message>
        <source>Restoring the last good state…</source>
        <translation>마지막 정상 상태로 되돌리는 중…</translation>
    </message>
    <message>
        <source>Measuring quality…</source>
        <translation>품질 측정 중…</translation>
    </message>
    <message>
        <source>Iterations of the current run not saved: {count}. Discard them and load a checkpoint?</source>
        <translation>지금 학습에서 저장하지 않은 반복: {count}회. 버리고 체크포인트를 불러올까요?</translation>
    </message>
    <message>
        <source>Iterations of the current run not saved: {count}. Discard them and start a new run?</source>
        <translation>지금 학습에서 저장하지 않은 반복: {count}회. 버리고 새 학습을 시작할까요?</translation>
    </message>
    <message>
        <source>Unsaved progress</source>
        <translation>저장되지 않은 진행 상황</translation>
    </message>
    <message>
        <source>D wins</source>
        <translation>D 압승</translation>
    </message>
    <message>
        <source>collapse</source>
        <translation>붕괴</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Ready: press Start to train</source>
        <translation>준비 완료: 시작을 누르면 학습합니다</translation>
    </message>
    <message>
        <source>Shipped generator: {iterations} iterations of {recipe}, FCD {fcd} (not a run: Start trains your own)</source>
        <translation>기본 제공 생성자: {recipe}(으)로 {iterations}회 반복, FCD {fcd} (학습이 아닙니다: 시작을 누르면 직접 학습합니다)</translation>
    </message>
    <message>
        <source>Showing the shipped generator: explore it, or press Start to train your own</source>
        <translation>기본 제공 생성자를 보여 주는 중: 탐색하거나, 시작을 눌러 직접 학습하세요</translation>
    </message>
    <message>
        <source>Run finished: all epochs trained</source>
        <translation>학습 완료: 모든 에포크를 학습했습니다</translation>
    </message>
    <message>
        <source>This run computes in {precision}</source>
        <translation>이 학습의 연산 정밀도: {precision}</translation>
    </message>
    <message>
        <source>This run trains on {devices}</source>
        <translation>이 학습의 장치: {devices}</translation>
    </message>
    <message>
        <source>new run</source>
        <translation>새 학습</translation>
    </message>
    <message>
        <source>rewound to iteration {iteration} (Resume runs on from here; the faded curves are the abandoned future)</source>
        <translation>반복 {iteration}(으)로 되감음 (계속을 누르면 여기서부터 이어 갑니다. 흐린 곡선은 버려진 미래입니다)</translation>
    </message>
    <message>
        <source>restored the last good state</source>
        <translation>마지막 정상 상태로 되돌림</translation>
    </message>
    <message>
        <source>loaded {path}</source>
        <translation>{path} 불러옴</translation>
    </message>
    <message>
        <source>{what} · saving into {folder}</source>
        <translation>{what} · {folder}에 저장</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} 저장함</translation>
    </message>
    <message>
        <source>The run folder {folder}: checkpoints, grid PNGs, CSVs</source>
        <translation>학습 폴더 {folder}: 체크포인트, 격자 PNG, CSV</translation>
    </message>
    <message>
        <source>Preparing the pictures: {done} of {total} (decoded once, then cached)</source>
        <translation>사진 준비 중: {total}장 중 {done}장 (한 번 디코딩한 뒤 캐시합니다)</translation>
    </message>
    <message>
        <source>The first {count} pictures of {source}, while the rest are prepared</source>
        <translation>{source}의 처음 사진 {count}장 (나머지를 준비하는 동안)</translation>
    </message>
    <message>
        <source>Preparing the pictures (decoded once, then cached)…</source>
        <translation>사진 준비 중 (한 번 디코딩한 뒤 캐시합니다)…</translation>
    </message>
    <message>
        <source>Exported {path} (frames: {count})</source>
        <translation>{path} 내보냄(프레임 {count}개)</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} 내보냄</translation>
    </message>
    <message>
        <source>Changed {changes}</source>
        <translation>변경함: {changes}</translation>
    </message>
    <message>
        <source>Alarm: {title} at iteration {iteration}</source>
        <translation>경보: 반복 {iteration}에서 {title}</translation>
    </message>
</context>
<context>
    <name>MelodyPad</name>
    <message>
        <source>sixteenth</source>
        <translation>16분음표</translation>
    </message>
    <message>
        <source>eighth</source>
        <translation>8분음표</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>4분음표</translation>
    </message>
    <message>
        <source>half</source>
        <translation>2분음표</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>온음표</translation>
    </message>
    <message>
        <source>Waiting for the composer…</source>
        <translation>작곡가를 기다리는 중…</translation>
    </message>
    <message>
        <source>Click notes on the roll, or click it and type: keys A W S E D F T G Y H U J K are a piano&apos;s octave from C.</source>
        <translation>롤에 음을 클릭하거나, 롤을 클릭한 뒤 키보드로 치세요: A W S E D F T G Y H U J K 키가 C부터 한 옥타브의 피아노 건반입니다.</translation>
    </message>
    <message>
        <source>melody</source>
        <translation>선율</translation>
    </message>
    <message>
        <source>alto</source>
        <translation>알토</translation>
    </message>
    <message>
        <source>tenor</source>
        <translation>테너</translation>
    </message>
    <message>
        <source>bass</source>
        <translation>베이스</translation>
    </message>
    <message>
        <source>How many bars of 4/4 the melody has (the composer writes four at a time)</source>
        <translation>선율이 4/4 몇 마디인지(작곡가는 한 번에 네 마디씩 씁니다)</translation>
    </message>
    <message>
        <source>How long a clicked or typed note lasts</source>
        <translation>클릭하거나 친 음의 길이</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Take every note away</source>
        <translation>모든 음을 지웁니다</translation>
    </message>
    <message>
        <source>From a held-out chorale</source>
        <translation>평가용 코랄에서</translation>
    </message>
    <message>
        <source>Take the melody of the held-out chorale window numbered beside: Bach&apos;s, never trained on</source>
        <translation>옆 번호의 평가용 코랄 구간의 선율을 가져옵니다: 바흐의 선율이며 학습에 쓰이지 않았습니다</translation>
    </message>
    <message>
        <source>Which held-out window &quot;From a held-out chorale&quot; takes</source>
        <translation>&quot;평가용 코랄에서&quot;가 가져올 평가용 구간</translation>
    </message>
    <message>
        <source>Open MIDI…</source>
        <translation>MIDI 열기…</translation>
    </message>
    <message>
        <source>Take the melody of a MIDI or MusicXML file (its highest track)</source>
        <translation>MIDI나 MusicXML 파일의 선율(가장 높은 트랙)을 가져옵니다</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>마디</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>음표</translation>
    </message>
    <message>
        <source>Harmonise</source>
        <translation>화성 붙이기</translation>
    </message>
    <message>
        <source>Write the alto, tenor and bass under the melody</source>
        <translation>선율 아래에 알토, 테너, 베이스를 씁니다</translation>
    </message>
    <message>
        <source>As I edit</source>
        <translation>고칠 때마다</translation>
    </message>
    <message>
        <source>Harmonise again after every change of the melody</source>
        <translation>선율을 바꿀 때마다 다시 화성을 붙입니다</translation>
    </message>
    <message>
        <source>The composer&apos;s noise: another number, another harmonisation of the same melody</source>
        <translation>작곡가의 노이즈: 다른 번호는 같은 선율에 다른 화성을 붙입니다</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play the four voices</source>
        <translation>네 성부를 재생합니다</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>재생을 멈춥니다</translation>
    </message>
    <message>
        <source>Quarter notes a minute, for playing and for the files exported</source>
        <translation>1분당 4분음표 수: 재생과 내보내는 파일에 씁니다</translation>
    </message>
    <message>
        <source>Export MIDI…</source>
        <translation>MIDI 내보내기…</translation>
    </message>
    <message>
        <source>Write the four voices as a MIDI file of four tracks</source>
        <translation>네 성부를 트랙 네 개의 MIDI 파일로 씁니다</translation>
    </message>
    <message>
        <source>Export WAV…</source>
        <translation>WAV 내보내기…</translation>
    </message>
    <message>
        <source>Write the four voices as they play, as a WAV file</source>
        <translation>재생되는 네 성부를 WAV 파일로 씁니다</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>변주</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>템포</translation>
    </message>
    <message>
        <source>Harmonised by the shipped composer (not a run: {iterations} iterations of Music start; train your own with the composer family)</source>
        <translation>함께 배포된 작곡가가 붙인 화성입니다(학습이 아님: 음악 시작 {iterations}회 반복. 작곡가 계열로 직접 학습해 보세요)</translation>
    </message>
    <message>
        <source>Harmonised by this run&apos;s composer at iteration {iteration}</source>
        <translation>이 학습의 작곡가가 {iteration}회 반복에서 붙인 화성입니다</translation>
    </message>
    <message>
        <source>Open a melody</source>
        <translation>선율 열기</translation>
    </message>
    <message>
        <source>Melodies (*.mid *.midi *.musicxml *.xml *.mxl)</source>
        <translation>선율 (*.mid *.midi *.musicxml *.xml *.mxl)</translation>
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation>{path} 읽는 중…</translation>
    </message>
    <message>
        <source>{file}: {steps} sixteenths, {low} to {high}.</source>
        <translation>{file}: 16분음표 {steps}개, {low}부터 {high}까지.</translation>
    </message>
    <message>
        <source>Held-out window {index} of {count}: Bach&apos;s melody from a chorale the composer never trained on.</source>
        <translation>평가용 구간 {count}개 중 {index}번: 작곡가가 학습하지 않은 코랄의 바흐 선율입니다.</translation>
    </message>
    <message>
        <source>Export MIDI</source>
        <translation>MIDI 내보내기</translation>
    </message>
    <message>
        <source>MIDI files (*.mid)</source>
        <translation>MIDI 파일 (*.mid)</translation>
    </message>
    <message>
        <source>Export WAV</source>
        <translation>WAV 내보내기</translation>
    </message>
    <message>
        <source>WAV files (*.wav)</source>
        <translation>WAV 파일 (*.wav)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path}에 썼습니다</translation>
    </message>
</context>
<context>
    <name>MelodyRoll</name>
    <message>
        <source>Left button: put a note (drag right to hold it longer) or take one away; right button: take a note away. Keys A W S E D F T G Y H U J K play a piano&apos;s octave at the cursor; Z and X change the octave; Left, Right and Backspace move and undo</source>
        <translation>왼쪽 버튼: 음을 놓거나(오른쪽으로 끌면 길게) 지웁니다. 오른쪽 버튼: 음을 지웁니다. A W S E D F T G Y H U J K 키는 커서 자리에 피아노 한 옥타브를 칩니다. Z와 X는 옥타브를 바꾸고, 왼쪽, 오른쪽, 백스페이스 키는 커서를 옮기거나 되돌립니다</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New run</source>
        <translation>새 학습(&amp;N)</translation>
    </message>
    <message>
        <source>End the run under way (asking to save it) and edit the settings of a new one</source>
        <translation>진행 중인 학습을 끝내고(저장할지 묻습니다) 새 학습의 설정을 편집합니다</translation>
    </message>
    <message>
        <source>&amp;Open checkpoint…</source>
        <translation>체크포인트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Load a checkpoint</source>
        <translation>체크포인트를 불러옵니다</translation>
    </message>
    <message>
        <source>Recent checkpoints</source>
        <translation>최근 체크포인트</translation>
    </message>
    <message>
        <source>&amp;Save checkpoint…</source>
        <translation>체크포인트 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a checkpoint of the run</source>
        <translation>학습의 체크포인트를 저장합니다</translation>
    </message>
    <message>
        <source>Export &amp;GIF…</source>
        <translation>GIF 내보내기(&amp;G)…</translation>
    </message>
    <message>
        <source>Export the sample grid&apos;s evolution as a GIF</source>
        <translation>샘플 격자가 변해 가는 모습을 GIF로 내보냅니다</translation>
    </message>
    <message>
        <source>Export generator (.keras)…</source>
        <translation>생성자 내보내기(.keras)…</translation>
    </message>
    <message>
        <source>Write the generator as a .keras file that keras.models.load_model opens</source>
        <translation>생성자를 keras.models.load_model로 열 수 있는 .keras 파일로 씁니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Close GAN Studio (asks to save unsaved progress)</source>
        <translation>GAN Studio를 닫습니다(저장하지 않은 진행 상황은 저장할지 묻습니다)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Smooth curves</source>
        <translation>곡선 매끄럽게</translation>
    </message>
    <message>
        <source>Dark plots</source>
        <translation>어두운 그래프</translation>
    </message>
    <message>
        <source>Light plots</source>
        <translation>밝은 그래프</translation>
    </message>
    <message>
        <source>Plot colours: dark for the screen, light for printing and projectors</source>
        <translation>그래프 색: 화면에는 어둡게, 인쇄와 프로젝터에는 밝게</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The window&apos;s language (from the next start)</source>
        <translation>창의 언어(다음 시작부터)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>How to read these curves</source>
        <translation>곡선 읽는 법</translation>
    </message>
    <message>
        <source>What the losses, accuracies and quality mean; the ganhacks list</source>
        <translation>손실, 정확도, 품질이 뜻하는 것과 ganhacks 목록</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>About GAN Studio</source>
        <translation>GAN Studio 정보</translation>
    </message>
    <message>
        <source>Versions in use</source>
        <translation>사용 중인 버전</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Transforms</source>
        <translation>변환</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>다운샘플</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>투명도</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>격자선</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>Plot Options</source>
        <translation>그래프 설정</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Quality against real images</source>
        <translation>진짜 이미지와 비교한 품질</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>FCD (left; lower is better)</source>
        <translation>FCD(왼쪽; 낮을수록 좋음)</translation>
    </message>
    <message>
        <source>FCD floor: real images</source>
        <translation>FCD 바닥값: 진짜 이미지</translation>
    </message>
    <message>
        <source>SWD (left; lower is better)</source>
        <translation>SWD(왼쪽; 낮을수록 좋음)</translation>
    </message>
    <message>
        <source>SWD floor: real images</source>
        <translation>SWD 바닥값: 진짜 이미지</translation>
    </message>
    <message>
        <source>classifier score ÷ 10 (right)</source>
        <translation>분류기 점수 ÷ 10(오른쪽)</translation>
    </message>
    <message>
        <source>class coverage (right)</source>
        <translation>클래스 포괄도(오른쪽)</translation>
    </message>
    <message>
        <source>Quality is measured at the end of every epoch; &quot;Evaluate now&quot; measures it at once.</source>
        <translation>품질은 에포크가 끝날 때마다 측정합니다. &quot;지금 평가&quot;를 누르면 바로 측정합니다.</translation>
    </message>
    <message>
        <source>FCD (Fréchet classifier distance): how far the generated images&apos; features are from the real test images&apos;, as FID measures it; lower is better, 0 for the same distribution. KID (kernel distance): the same question answered without FCD&apos;s bias at small sample counts; on the same scale of squared feature distances, lower is better, 0 for the same. Classifier score: up to 10, high when each image is clearly one garment and all ten are made. Class coverage: 1 when the ten classes are equally present, 0 when every image is one class. SWD (sliced Wasserstein distance, Karras et al. 2018): how far small patches of the generated images are from real ones&apos;, at several scales; needs no classifier, so it is measured for any pictures; lower is better. The floor is what real images score.</source>
        <translation>FCD(프레셰 분류기 거리): 생성된 이미지의 특징이 진짜 테스트 이미지의 특징에서 얼마나 먼지를 FID와 같은 방식으로 잽니다. 낮을수록 좋고, 같은 분포면 0입니다. KID(커널 거리): 같은 질문에 샘플이 적을 때 FCD가 갖는 편향 없이 답합니다. 특징 거리 제곱과 같은 척도이며, 낮을수록 좋고 같으면 0입니다. 분류기 점수: 최대 10이며, 이미지마다 한 가지 옷이 뚜렷하고 열 가지가 모두 만들어질 때 높습니다. 클래스 포괄도: 열 클래스가 고르게 나오면 1, 모든 이미지가 한 클래스면 0입니다. SWD(슬라이스 바서슈타인 거리, Karras 외 2018): 생성된 이미지의 작은 조각들이 진짜 이미지의 조각들과 여러 크기에서 얼마나 먼지를 잽니다. 분류기가 필요 없어 어떤 사진에서도 측정하며, 낮을수록 좋습니다. 바닥값은 진짜 이미지가 받는 점수입니다.</translation>
    </message>
    <message>
        <source>distance to {reference} (relative)</source>
        <translation>{reference}와의 거리(상대값)</translation>
    </message>
    <message>
        <source>goal: within {goal} of {reference}</source>
        <translation>목표: {reference}와 {goal} 이내</translation>
    </message>
    <message>
        <source>At iteration {iteration}: {figures}</source>
        <translation>반복 {iteration}: {figures}</translation>
    </message>
    <message>
        <source>FCD {fcd} (floor {fcd_floor}) · KID {kid} (floor {kid_floor}) · classifier score {score} of 10 (floor {score_floor}) · class coverage {coverage} (floor {coverage_floor})</source>
        <translation>FCD {fcd} (바닥값 {fcd_floor}) · KID {kid} (바닥값 {kid_floor}) · 분류기 점수 10점 중 {score} (바닥값 {score_floor}) · 클래스 포괄도 {coverage} (바닥값 {coverage_floor})</translation>
    </message>
    <message>
        <source>SWD {swd} (floor {floor})</source>
        <translation>SWD {swd} (바닥값 {floor})</translation>
    </message>
    <message>
        <source>{label} {value} ({reference} {own})</source>
        <translation>{label} {value} ({reference} {own})</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Start a new run with the settings on the left (a paused or loaded run goes on with Resume, Space)</source>
        <translation>왼쪽 설정으로 새 학습을 시작합니다(일시 정지했거나 불러온 학습은 계속 버튼이나 Space로 이어 갑니다)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Pause or resume training (Space)</source>
        <translation>학습을 일시 정지하거나 계속합니다(Space)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>End this run; settings become editable again</source>
        <translation>이 학습을 끝냅니다. 설정을 다시 편집할 수 있게 됩니다</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>Train exactly one iteration</source>
        <translation>정확히 한 번 반복 학습합니다</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save a checkpoint (Ctrl+S)</source>
        <translation>체크포인트를 저장합니다(Ctrl+S)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <source>Load a checkpoint (Ctrl+O)</source>
        <translation>체크포인트를 불러옵니다(Ctrl+O)</translation>
    </message>
    <message>
        <source>Export GIF</source>
        <translation>GIF 내보내기</translation>
    </message>
    <message>
        <source>Export the sample grid&apos;s evolution as a GIF (Ctrl+E)</source>
        <translation>샘플 격자가 변해 가는 모습을 GIF로 내보냅니다(Ctrl+E)</translation>
    </message>
    <message>
        <source>Epoch –</source>
        <translation>에포크 –</translation>
    </message>
    <message>
        <source>Iteration –</source>
        <translation>반복 –</translation>
    </message>
    <message>
        <source>– it/s</source>
        <translation>– 반복/초</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>남은 시간 –</translation>
    </message>
    <message>
        <source>Iterations done in the current epoch</source>
        <translation>현재 에포크에서 마친 반복 수</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}</source>
        <translation>에포크 {epoch}/{epochs}</translation>
    </message>
    <message>
        <source>Iteration {iteration}</source>
        <translation>반복 {iteration}</translation>
    </message>
    <message>
        <source>{rate} it/s</source>
        <translation>{rate} 반복/초</translation>
    </message>
    <message>
        <source>ETA {time}</source>
        <translation>남은 시간 {time}</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>images seen</source>
        <translation>본 이미지 수</translation>
    </message>
    <message>
        <source>training seconds</source>
        <translation>학습 시간(초)</translation>
    </message>
    <message>
        <source>G loss</source>
        <translation>생성자 손실</translation>
    </message>
    <message>
        <source>D loss</source>
        <translation>판별자 손실</translation>
    </message>
    <message>
        <source>D accuracy on real / fake</source>
        <translation>진짜 / 가짜에 대한 판별자 정확도</translation>
    </message>
    <message>
        <source>gradient norms, G / D</source>
        <translation>기울기 노름, 생성자 / 판별자</translation>
    </message>
    <message>
        <source>What the curves and the grids&apos; slider are against: runs of different batch sizes compare by images seen or training seconds</source>
        <translation>곡선과 격자 슬라이더의 기준: 배치 크기가 다른 학습은 본 이미지 수나 학습 시간으로 비교합니다</translation>
    </message>
    <message>
        <source>Smooth curves (EMA)</source>
        <translation>곡선 부드럽게(EMA)</translation>
    </message>
    <message>
        <source>An exponential moving average (about 20 iterations), as the Training curves tab smooths, instead of the raw values</source>
        <translation>원래 값 대신 지수 이동 평균(약 20회 반복)을 학습 곡선 탭처럼 보여 줍니다</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>Scrub every run&apos;s grid together, to the same x</source>
        <translation>모든 학습의 격자를 같은 위치로 함께 넘겨 봅니다</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>그림 저장…</translation>
    </message>
    <message>
        <source>Write this comparison as one PNG (curves, last grids, what differs), as main.py compare does</source>
        <translation>이 비교를 PNG 한 장(곡선, 마지막 격자, 다른 점)으로 씁니다. `main.py compare`와 같습니다</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>비교 저장</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>Could not save the picture</source>
        <translation>그림을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>quality: {what}</source>
        <translation>품질: {what}</translation>
    </message>
    <message>
        <source>no grid frames saved</source>
        <translation>저장된 격자 프레임이 없습니다</translation>
    </message>
    <message>
        <source>{name}: iteration {iteration}</source>
        <translation>{name}: 반복 {iteration}</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>Filter: name, family, data, recipe…</source>
        <translation>거르기: 이름, 계열, 데이터, 레시피…</translation>
    </message>
    <message>
        <source>Show only the runs whose row has every word typed here</source>
        <translation>여기 입력한 낱말이 모두 들어 있는 학습만 보여 줍니다</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <source>List the runs of another folder too (remembered)</source>
        <translation>다른 폴더의 학습도 목록에 넣습니다(기억됩니다)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Read the folders again</source>
        <translation>폴더를 다시 읽습니다</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s folder</source>
        <translation>선택한 학습의 폴더를 엽니다</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <source>Load the selected run&apos;s newest checkpoint, paused</source>
        <translation>선택한 학습의 가장 새 체크포인트를 일시 정지 상태로 불러옵니다</translation>
    </message>
    <message>
        <source>Continue training</source>
        <translation>이어서 학습</translation>
    </message>
    <message>
        <source>Load the selected run&apos;s newest checkpoint and train on</source>
        <translation>선택한 학습의 가장 새 체크포인트를 불러와 이어서 학습합니다</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Move the selected runs to the trash (after asking)</source>
        <translation>선택한 학습을 휴지통으로 옮깁니다(먼저 묻습니다)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>family</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>recipe</source>
        <translation>레시피</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>training time</source>
        <translation>학습 시간</translation>
    </message>
    <message>
        <source>best quality</source>
        <translation>최고 품질</translation>
    </message>
    <message>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Add a folder of runs</source>
        <translation>학습 폴더 추가</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <source>training now</source>
        <translation>지금 학습 중</translation>
    </message>
    <message>
        <source>{count} runs selected: the first {shown} are compared (a colour each)</source>
        <translation>학습 {count}개를 골랐습니다: 앞의 {shown}개를 비교합니다(각각 한 색)</translation>
    </message>
    <message>
        <source>Could not rename</source>
        <translation>이름을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>학습 삭제</translation>
    </message>
    <message>
        <source>Move {count} run(s) to the trash: {names}?</source>
        <translation>학습 {count}개를 휴지통으로 옮길까요: {names}?</translation>
    </message>
    <message>
        <source>There is no trash here. Delete {path} for good?</source>
        <translation>여기에는 휴지통이 없습니다. {path}을(를) 완전히 지울까요?</translation>
    </message>
</context>
<context>
    <name>SampleGridPanel</name>
    <message>
        <source>no samples yet</source>
        <translation>아직 샘플이 없습니다</translation>
    </message>
    <message>
        <source>Put the run back to the iteration of the frame shown (weights, optimizers, recipe); the abandoned future stays on the curves, faded, to compare with</source>
        <translation>학습을 보이는 프레임의 반복으로 되돌립니다(가중치, 옵티마이저, 레시피). 버려진 미래는 비교할 수 있도록 곡선에 흐리게 남습니다</translation>
    </message>
    <message>
        <source>The generator&apos;s images for the same 16 latent vectors (seeds 0-15) as training goes on.
Click a cell to explore its latent; right-click to make it the interpolation target.</source>
        <translation>학습이 진행되는 동안 같은 잠재 벡터 16개(시드 0-15)에 대한 생성자의 이미지입니다.
칸을 클릭하면 그 잠재 벡터를 탐색하고, 오른쪽 클릭하면 보간의 목표로 삼습니다.</translation>
    </message>
    <message>
        <source>Samples from 16 fixed latent seeds</source>
        <translation>고정된 잠재 시드 16개의 샘플</translation>
    </message>
    <message>
        <source>Scrub back through every kept grid frame</source>
        <translation>보관된 격자 프레임을 모두 거슬러 훑어봅니다</translation>
    </message>
    <message>
        <source>D&apos;s verdict</source>
        <translation>D의 판정</translation>
    </message>
    <message>
        <source>Frame each cell in the colour of the discriminator&apos;s verdict on it: green = judged real, red = judged fake (hover a cell for D&apos;s probability)</source>
        <translation>칸마다 판별자의 판정을 색 테두리로 보여 줍니다: 초록 = 진짜로 판정, 빨강 = 가짜로 판정 (칸 위에 마우스를 올리면 D의 확률)</translation>
    </message>
    <message>
        <source>Rewind here</source>
        <translation>여기로 되감기</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) · {used} / {budget}</source>
        <translation>
            <numerusform>지점 %n개 · {used} / {budget}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewind point(s): snapshots of the whole training state kept in memory ({used} of the {budget} budget set in the Live panel): one per grid frame, the newest 20 and older ones log-spaced</source>
        <translation>
            <numerusform>되감기 지점 %n개: 메모리에 둔 학습 상태 전체의 스냅숏(실시간 탭에서 정한 한도 {budget} 중 {used}): 격자 프레임마다 하나, 최근 20개와 그보다 오래된 것은 로그 간격으로</numerusform>
        </translation>
    </message>
    <message>
        <source>No rewind point is kept at this frame (older points are thinned out to fit the memory budget); pick another frame</source>
        <translation>이 프레임에는 되감기 지점이 없습니다(오래된 지점은 메모리 예산에 맞게 솎아 냅니다). 다른 프레임을 고르세요</translation>
    </message>
    <message>
        <source>D&apos;s verdict was not recorded for this frame (it was loaded from a checkpoint)</source>
        <translation>이 프레임에는 D의 판정이 기록되지 않았습니다(체크포인트에서 불러왔습니다)</translation>
    </message>
    <message>
        <source>cell {cell}: D(G(z)) = {p}, judged real (iteration {iteration})</source>
        <translation>칸 {cell}: D(G(z)) = {p}, 진짜로 판정 (반복 {iteration})</translation>
    </message>
    <message>
        <source>cell {cell}: D(G(z)) = {p}, judged fake (iteration {iteration})</source>
        <translation>칸 {cell}: D(G(z)) = {p}, 가짜로 판정 (반복 {iteration})</translation>
    </message>
    <message>
        <source>{title}: {panel}, as training goes on</source>
        <translation>{title}: {panel}, 학습이 진행되는 동안</translation>
    </message>
    <message>
        <source>rows ask for, top to bottom: {classes}; each column is one latent</source>
        <translation>줄마다 요청하는 클래스(위에서 아래로): {classes}. 열마다 잠재 벡터 하나</translation>
    </message>
    <message>
        <source>rows ask for: {classes}</source>
        <translation>줄마다 요청하는 클래스: {classes}</translation>
    </message>
    <message>
        <source>Epoch {epoch}  ·  iteration {iteration}</source>
        <translation>에포크 {epoch}  ·  반복 {iteration}</translation>
    </message>
</context>
<context>
    <name>ScorePlayer</name>
    <message>
        <source>There is no sound device here, so nothing plays: export a WAV to listen elsewhere.</source>
        <translation>여기에는 소리 장치가 없어 아무것도 재생되지 않습니다: WAV로 내보내 다른 곳에서 들으세요.</translation>
    </message>
    <message>
        <source>The sound device ({device}) cannot play 16-bit mono at {rate} Hz: export a WAV to listen elsewhere.</source>
        <translation>소리 장치({device})가 {rate} Hz 16비트 모노를 재생할 수 없습니다: WAV로 내보내 다른 곳에서 들으세요.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>폴더를 고릅니다</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>새 학습</translation>
    </message>
    <message>
        <source>A recipe to start from; editing any recipe field below makes it Custom</source>
        <translation>시작할 레시피입니다. 아래 레시피 항목을 하나라도 고치면 &apos;사용자 지정&apos;이 됩니다</translation>
    </message>
    <message>
        <source>A folder of pictures…</source>
        <translation>사진 폴더…</translation>
    </message>
    <message>
        <source>Folder of pictures</source>
        <translation>사진 폴더</translation>
    </message>
    <message>
        <source>pictures, or Fashion-MNIST IDX files</source>
        <translation>사진, 또는 Fashion-MNIST IDX 파일</translation>
    </message>
    <message>
        <source>A folder of your own pictures (PNG, JPEG, GIF, BMP, WebP, TIFF; in two or more subfolders, those are classes), or of Fashion-MNIST or MNIST IDX files</source>
        <translation>직접 가진 사진 폴더(PNG, JPEG, GIF, BMP, WebP, TIFF; 하위 폴더가 둘 이상이면 그 폴더들이 클래스가 됩니다), 또는 Fashion-MNIST나 MNIST IDX 파일 폴더</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>레시피</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Data: the Bach chorales of music21&apos;s corpus, always</source>
        <translation>데이터: 언제나 music21 코퍼스의 바흐 코랄</translation>
    </message>
</context>
<context>
    <name>SketchCanvas</name>
    <message>
        <source>Draw edges with the left button (white on black, like the edge maps the generator learns from); the right button erases</source>
        <translation>왼쪽 버튼으로 윤곽선을 그립니다(생성자가 배우는 윤곽선 지도처럼 검정 위에 흰색). 오른쪽 버튼은 지웁니다</translation>
    </message>
</context>
<context>
    <name>SketchPad</name>
    <message>
        <source>Draw edges; the generator translates them as you draw</source>
        <translation>윤곽선을 그리세요. 그리는 동안 생성자가 번역합니다</translation>
    </message>
    <message>
        <source>Start or load a Pix2Pix run to translate sketches</source>
        <translation>스케치를 번역하려면 Pix2Pix 학습을 시작하거나 불러오세요</translation>
    </message>
    <message>
        <source>The generator&apos;s translation of the sketch: it follows your drawing</source>
        <translation>생성자가 번역한 스케치: 그리는 대로 따라옵니다</translation>
    </message>
    <message>
        <source>the translation shows here</source>
        <translation>번역이 여기에 나타납니다</translation>
    </message>
    <message>
        <source>Brush size in image pixels: 1 draws lines one pixel wide, like the edge maps; each step up adds a pixel on every side</source>
        <translation>이미지 픽셀 단위의 붓 크기: 1은 윤곽선 지도처럼 한 픽셀 두께로 그리고, 한 단계 올릴 때마다 사방으로 한 픽셀씩 두꺼워집니다</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>지우개</translation>
    </message>
    <message>
        <source>The left button erases instead of drawing (the right button always erases)</source>
        <translation>왼쪽 버튼이 그리는 대신 지웁니다(오른쪽 버튼은 언제나 지웁니다)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Erase the whole sketch</source>
        <translation>스케치 전체를 지웁니다</translation>
    </message>
    <message>
        <source>From a test image</source>
        <translation>테스트 이미지에서</translation>
    </message>
    <message>
        <source>Start from the edge map of the test image numbered beside: the sketches the generator was never trained on</source>
        <translation>옆에 적힌 번호의 테스트 이미지 윤곽선 지도에서 시작합니다: 생성자가 학습한 적 없는 스케치입니다</translation>
    </message>
    <message>
        <source>Which test image &quot;From a test image&quot; takes the edges of</source>
        <translation>&quot;테스트 이미지에서&quot;가 윤곽선을 가져올 테스트 이미지</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>붓</translation>
    </message>
    <message>
        <source>Sketch (edges)</source>
        <translation>스케치(윤곽선)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>번역</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>그림 ({patterns})</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Content picture</source>
        <translation>내용 그림</translation>
    </message>
    <message>
        <source>Style picture</source>
        <translation>스타일 그림</translation>
    </message>
    <message>
        <source>cannot be shown</source>
        <translation>보여 줄 수 없음</translation>
    </message>
    <message>
        <source>The picture whose forms are kept (PNG, JPEG, GIF, BMP, WebP or TIFF)</source>
        <translation>형태를 남길 그림 (PNG, JPEG, GIF, BMP, WebP 또는 TIFF)</translation>
    </message>
    <message>
        <source>The picture whose colours, strokes and patterns are painted (a painting, a pattern, a photo)</source>
        <translation>색, 붓질, 무늬를 입힐 그림 (그림, 무늬, 사진)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 픽셀</translation>
    </message>
    <message>
        <source>Stylize</source>
        <translation>스타일 입히기</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Paint the content in the style; the picture shows as it converges</source>
        <translation>내용 그림을 스타일로 그립니다. 그림은 수렴하는 대로 보입니다</translation>
    </message>
    <message>
        <source>Stop painting; the picture so far stays</source>
        <translation>그리기를 멈춥니다. 그때까지의 그림은 남습니다</translation>
    </message>
    <message>
        <source>Save the painted picture as a PNG</source>
        <translation>그린 그림을 PNG로 저장합니다</translation>
    </message>
    <message>
        <source>Content: the picture whose forms are kept</source>
        <translation>내용: 형태를 남길 그림</translation>
    </message>
    <message>
        <source>Style: the picture whose colours and strokes are painted</source>
        <translation>스타일: 색과 붓질을 입힐 그림</translation>
    </message>
    <message>
        <source>the painted picture shows here as it converges</source>
        <translation>그려지는 그림이 수렴하는 대로 여기에 보입니다</translation>
    </message>
    <message>
        <source>Choose two pictures and press Stylize</source>
        <translation>그림 두 장을 고르고 &apos;스타일 입히기&apos;를 누르세요</translation>
    </message>
    <message>
        <source>Reading the pictures…</source>
        <translation>그림을 읽는 중…</translation>
    </message>
    <message>
        <source>Not stylized: see the message</source>
        <translation>스타일을 입히지 못했습니다: 메시지를 보세요</translation>
    </message>
    <message>
        <source>Step {step} of {steps}, scale {scale} of {scales} ({height}x{width}), {seconds:.0f} s</source>
        <translation>{steps}단계 중 {step}단계, 배율 {scales}개 중 {scale}번째 ({height}x{width}), {seconds:.0f}초</translation>
    </message>
    <message>
        <source>Done in {seconds:.1f} s</source>
        <translation>{seconds:.1f}초 만에 완료</translation>
    </message>
    <message>
        <source>Stopped at step {step} of {steps}</source>
        <translation>{steps}단계 중 {step}단계에서 멈춤</translation>
    </message>
    <message>
        <source>Save the painted picture</source>
        <translation>그린 그림 저장</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>Could not save the picture</source>
        <translation>그림을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>보기 설정</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>축</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>마우스 모드</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>버튼 3개</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>버튼 1개</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not load the checkpoint</source>
        <translation>체크포인트를 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not export the GIF</source>
        <translation>GIF를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Could not export the generator</source>
        <translation>생성자를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Could not rewind</source>
        <translation>되감을 수 없습니다</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>복원할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not measure quality</source>
        <translation>품질을 측정할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not draw the discriminator&apos;s view</source>
        <translation>판별자의 관점을 그릴 수 없습니다</translation>
    </message>
    <message>
        <source>Could not draw a test image&apos;s edges</source>
        <translation>테스트 이미지의 윤곽선을 그릴 수 없습니다</translation>
    </message>
    <message>
        <source>Could not find latent directions</source>
        <translation>잠재 공간의 방향을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Could not export the walk</source>
        <translation>걷기를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Could not take a held-out melody</source>
        <translation>평가용 선율을 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>Could not open the melody</source>
        <translation>선율을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Could not stylize</source>
        <translation>스타일을 입히지 못했습니다</translation>
    </message>
    <message>
        <source>There is no generator to walk yet.</source>
        <translation>아직 걸어 볼 생성자가 없습니다.</translation>
    </message>
    <message>
        <source>Could not draw</source>
        <translation>그릴 수 없습니다</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>학습 실패</translation>
    </message>
    <message>
        <source>GAN Studio cannot train</source>
        <translation>GAN Studio가 학습할 수 없습니다</translation>
    </message>
    <message>
        <source>The shipped generator cannot be shown</source>
        <translation>기본 제공 생성자를 보여 줄 수 없습니다</translation>
    </message>
    <message>
        <source>There is no run yet.</source>
        <translation>아직 학습이 없습니다.</translation>
    </message>
    <message>
        <source>The change was not applied: {reason}</source>
        <translation>변경을 적용하지 않았습니다: {reason}</translation>
    </message>
    <message>
        <source>No good state is kept for this run.</source>
        <translation>이 학습에는 보관된 정상 상태가 없습니다.</translation>
    </message>
    <message>
        <source>There is no generator to export yet.</source>
        <translation>아직 내보낼 생성자가 없습니다.</translation>
    </message>
    <message>
        <source>Export generator writes a DCGAN&apos;s noise -&gt; image generator; this run is {family}.</source>
        <translation>생성자 내보내기는 DCGAN의 노이즈 -&gt; 이미지 생성자를 씁니다. 이 학습은 {family}입니다.</translation>
    </message>
    <message>
        <source>There is no generator to evaluate yet.</source>
        <translation>아직 평가할 생성자가 없습니다.</translation>
    </message>
    <message>
        <source>Quality is not measured</source>
        <translation>품질을 측정하지 않습니다</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>How many epochs the run is meant to last (progress bars and ETAs use it).</source>
        <translation>학습을 몇 에포크 동안 할지(진행 막대와 남은 시간이 이 값을 씁니다).</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <source>Fixed latent seeds shown as the sample grid; a perfect square (16 -&gt; 4x4).</source>
        <translation>샘플 격자로 보여 줄 고정 잠재 시드의 수. 제곱수여야 합니다(16 -&gt; 4x4).</translation>
    </message>
    <message>
        <source>Grid every</source>
        <translation>격자 간격</translation>
    </message>
    <message>
        <source>Render a sample-grid frame every N iterations (tutorial: 50).</source>
        <translation>N회 반복마다 샘플 격자 프레임을 하나 그립니다(튜토리얼: 50).</translation>
    </message>
    <message>
        <source>Save every</source>
        <translation>저장 간격</translation>
    </message>
    <message>
        <source>Write a checkpoint every this many epochs.</source>
        <translation>이 에포크 수마다 체크포인트를 씁니다.</translation>
    </message>
    <message>
        <source>Save at most every (min)</source>
        <translation>최소 저장 간격(분)</translation>
    </message>
    <message>
        <source>Autosaves come at most once in this many minutes of training, 0: at every &apos;save every&apos; epochs. Why 5: a checkpoint is 10-40 MB, and a small dataset&apos;s epochs take seconds (1,254 pictures are 20 batches); five minutes is the most a crash can lose.</source>
        <translation>자동 저장은 학습 시간 이 분(分)마다 많아야 한 번 합니다. 0이면 &apos;저장 간격&apos; 에포크마다. 5인 이유: 체크포인트는 10-40 MB이고 작은 데이터 세트의 에포크는 몇 초면 끝납니다(사진 1,254장은 배치 20개). 5분은 충돌이 나도 잃는 최대치입니다.</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>최소 없음</translation>
    </message>
    <message>
        <source>Keep autosaves</source>
        <translation>자동 저장 보관 수</translation>
    </message>
    <message>
        <source>The run autosaves every &apos;save every&apos; epochs into its folder; keep the newest N of those plus the best by FCD (or SWD, for data other than Fashion-MNIST) (0: keep all).</source>
        <translation>학습은 &apos;저장 간격&apos; 에포크마다 폴더에 자동 저장합니다. 그 가운데 최근 N개와 FCD(Fashion-MNIST가 아닌 데이터는 SWD)가 가장 좋은 것을 남깁니다(0: 모두 남김).</translation>
    </message>
    <message>
        <source>keep all</source>
        <translation>모두 보관</translation>
    </message>
    <message>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <source>Also write TensorBoard event files into the run folder&apos;s tensorboard/ (metrics, grid frames, quality, recipe changes): tensorboard --logdir runs</source>
        <translation>학습 폴더의 tensorboard/에 TensorBoard 이벤트 파일(지표, 격자 프레임, 품질, 레시피 변경)도 씁니다: tensorboard --logdir runs</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Seeds weights, data order and noise: same seed, same run.</source>
        <translation>가중치, 데이터 순서, 노이즈의 시드: 시드가 같으면 같은 학습입니다.</translation>
    </message>
    <message>
        <source>Train images</source>
        <translation>학습 이미지 수</translation>
    </message>
    <message>
        <source>Train on the first N images only (None: all).</source>
        <translation>처음 N장의 이미지로만 학습합니다(0: 모두).</translation>
    </message>
    <message>
        <source>all</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>What the run trains on: fashion-mnist (found on disk), emoji (64x64 colour emoji rendered from the Noto Color Emoji font, built at the first use), or a folder: Fashion-MNIST or MNIST IDX files, or your own pictures (PNG, JPEG, GIF, BMP, WebP, TIFF; in two or more subfolders, those are classes). A resumed run finds its data here unless told another place.</source>
        <translation>학습할 데이터: fashion-mnist(디스크에서 찾음), emoji(Noto Color Emoji 글꼴로 그린 64x64 컬러 이모지, 처음 쓸 때 만듦), 또는 폴더: Fashion-MNIST나 MNIST IDX 파일, 또는 직접 가진 사진(PNG, JPEG, GIF, BMP, WebP, TIFF; 하위 폴더가 둘 이상이면 그 폴더들이 클래스). 이어서 하는 학습은 다른 곳을 알려 주지 않으면 여기서 데이터를 찾습니다.</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <source>Side of the square images the run trains on: 28, 32, 64, 128, or 0: from the data (Fashion-MNIST 28; pictures: the largest of 28, 32, 64 no larger than most of them).</source>
        <translation>학습할 정사각형 이미지의 한 변: 28, 32, 64, 128, 또는 0: 데이터에서 정함(Fashion-MNIST는 28; 사진은 28, 32, 64 가운데 대부분의 사진보다 크지 않은 가장 큰 값).</translation>
    </message>
    <message>
        <source>from the data</source>
        <translation>데이터에서</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>1 (grey) or 3 (colour), or 0: from the data (colour if its pictures have colour).</source>
        <translation>1(흑백) 또는 3(컬러), 또는 0: 데이터에서 정함(사진에 색이 있으면 컬러).</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>How a picture that is not square becomes square: crop (its centre square) or pad (the whole picture, on the background).</source>
        <translation>정사각형이 아닌 사진을 정사각형으로 만드는 방법: crop(가운데 정사각형을 잘라 냄) 또는 pad(사진 전체를 배경 위에 놓음).</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>What shows through transparent pixels (and fills the padding with fit pad).</source>
        <translation>투명한 픽셀 뒤로 보이는 색(fit이 pad일 때 여백도 이 색으로 채웁니다).</translation>
    </message>
    <message>
        <source>Quality every</source>
        <translation>품질 측정 간격</translation>
    </message>
    <message>
        <source>Measure quality (FCD etc.) every E epochs, 0: never.</source>
        <translation>E 에포크마다 품질(FCD 등)을 측정합니다. 0: 측정하지 않음.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Quality samples</source>
        <translation>품질 샘플 수</translation>
    </message>
    <message>
        <source>Generated samples per quality measurement (the floor uses as many real ones).</source>
        <translation>품질을 한 번 잴 때 생성하는 샘플 수(바닥값도 같은 수의 진짜 이미지로 잽니다).</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Arithmetic of training. bfloat16: convolutions and matrix products in bfloat16 (weights, batch norm and losses stay float32), much faster on CPUs with bfloat16 hardware (Intel AMX, AVX-512 BF16), slower elsewhere. auto: bfloat16 where the CPU has such hardware, else float32. Checkpoints load into either; exact resume holds within one precision.</source>
        <translation>학습의 연산 방식. bfloat16: 합성곱과 행렬 곱을 bfloat16으로 계산합니다(가중치, 배치 정규화, 손실은 float32 유지). bfloat16 하드웨어가 있는 CPU(Intel AMX, AVX-512 BF16)에서는 훨씬 빠르고, 그 밖에서는 느립니다. auto: 그런 하드웨어가 있으면 bfloat16, 없으면 float32. 체크포인트는 어느 쪽으로든 불러올 수 있고, 정확한 이어 하기는 같은 정밀도 안에서 보장됩니다.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Devices the run trains on: 1, several (tf.distribute&apos;s MirroredStrategy: the batch split across them, gradients summed), or 0 for all (under a TF_CONFIG cluster, every worker&apos;s). On a machine without GPUs start GAN Studio with --devices N to split the CPU into N logical devices (to try the several-device path: not faster). A checkpoint continues on any number.</source>
        <translation>학습할 장치: 1, 여러 개(tf.distribute의 MirroredStrategy: 배치를 나누고 기울기를 합침), 또는 0이면 전부(TF_CONFIG 클러스터에서는 모든 워커의 장치). GPU가 없는 기계에서는 GAN Studio를 --devices N으로 시작하면 CPU를 논리 장치 N개로 나눕니다(여러 장치 경로를 시험하는 용도: 더 빠르지는 않습니다). 체크포인트는 장치 수와 관계없이 이어 갈 수 있습니다.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>GAN 종류</translation>
    </message>
    <message>
        <source>Which GAN: dcgan (noise -&gt; garment, the TensorFlow DCGAN tutorial&apos;s), conditional (the DCGAN asked for a class), pix2pix (a garment&apos;s edges -&gt; the garment, paired; Isola et al. 2017) or cyclegan (one class into another, unpaired; Zhu et al. 2017). The DCGAN recipe&apos;s tricks (loss, smoothing, noise, EMA ...) are the DCGAN&apos;s; the translation families read the batch size, learning rates and betas.</source>
        <translation>어떤 GAN인가: dcgan(노이즈 -&gt; 옷, TensorFlow DCGAN 튜토리얼의 것), conditional(클래스를 요청받는 DCGAN), pix2pix(옷의 윤곽선 -&gt; 옷, 짝지은 데이터; Isola 외 2017), cyclegan(한 클래스를 다른 클래스로, 짝 없는 데이터; Zhu 외 2017). DCGAN 레시피의 기법들(손실, 스무딩, 노이즈, EMA ...)은 DCGAN의 것이고, 번역 계열은 배치 크기, 학습률, 베타만 읽습니다.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Images per iteration. Smaller batches give more, noisier updates per second of training.</source>
        <translation>반복 한 번에 쓰는 이미지 수. 배치가 작을수록 학습 1초당 더 많은, 더 잡음 섞인 업데이트를 합니다.</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>G 학습률</translation>
    </message>
    <message>
        <source>Generator Adam learning rate. Tutorial 1e-4; DCGAN paper 2e-4.</source>
        <translation>생성자 Adam 학습률. 튜토리얼 1e-4, DCGAN 논문 2e-4.</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>D 학습률</translation>
    </message>
    <message>
        <source>Discriminator Adam learning rate. Tutorial 1e-4; DCGAN paper 2e-4.</source>
        <translation>판별자 Adam 학습률. 튜토리얼 1e-4, DCGAN 논문 2e-4.</translation>
    </message>
    <message>
        <source>G Adam beta1</source>
        <translation>G Adam beta1</translation>
    </message>
    <message>
        <source>Generator Adam beta1 (momentum). Keras default 0.9 (tutorial); the DCGAN paper found 0.5 steadier for GANs (Radford et al. 2016). Free.</source>
        <translation>생성자 Adam beta1(모멘텀). Keras 기본값 0.9(튜토리얼). DCGAN 논문은 GAN에 0.5가 더 안정적임을 발견했습니다(Radford 외 2016). 추가 비용 없음.</translation>
    </message>
    <message>
        <source>G Adam beta2</source>
        <translation>G Adam beta2</translation>
    </message>
    <message>
        <source>Generator Adam beta2. 0.999 (Keras, DCGAN paper); 0.9 or 0.99 with hinge/WGAN-GP (Gulrajani et al. 2017, Miyato et al. 2018). Free.</source>
        <translation>생성자 Adam beta2. 0.999(Keras, DCGAN 논문). hinge/WGAN-GP에서는 0.9나 0.99(Gulrajani 외 2017, Miyato 외 2018). 추가 비용 없음.</translation>
    </message>
    <message>
        <source>D Adam beta1</source>
        <translation>D Adam beta1</translation>
    </message>
    <message>
        <source>Discriminator Adam beta1 (momentum); see G&apos;s. Free.</source>
        <translation>판별자 Adam beta1(모멘텀). G의 설명을 보세요. 추가 비용 없음.</translation>
    </message>
    <message>
        <source>D Adam beta2</source>
        <translation>D Adam beta2</translation>
    </message>
    <message>
        <source>Discriminator Adam beta2; see G&apos;s. Free.</source>
        <translation>판별자 Adam beta2. G의 설명을 보세요. 추가 비용 없음.</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>G 한 단계당 D 단계</translation>
    </message>
    <message>
        <source>Discriminator updates per generator update (ganhacks 14; WGAN&apos;s n_critic): the generator updates every d_steps-th iteration, the discriminator every iteration. Iterations without a generator update skip its backward pass (cheaper).</source>
        <translation>생성자 업데이트 한 번당 판별자 업데이트 수(ganhacks 14; WGAN의 n_critic): 생성자는 d_steps번째 반복마다, 판별자는 반복마다 업데이트합니다. 생성자를 업데이트하지 않는 반복은 그 역전파를 건너뜁니다(더 저렴).</translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation>레이블 스무딩</translation>
    </message>
    <message>
        <source>One-sided label smoothing (ganhacks 6; Salimans et al. 2016): real images&apos; target 1 - s instead of 1 (e.g. 0.1 -&gt; 0.9), so D cannot become over-confident. bce/lsgan only. Free.</source>
        <translation>한쪽 레이블 스무딩(ganhacks 6; Salimans 외 2016): 진짜 이미지의 목표를 1 대신 1 - s로 둡니다(예: 0.1 -&gt; 0.9). 그래서 D가 지나치게 확신하지 못합니다. bce/lsgan 전용. 추가 비용 없음.</translation>
    </message>
    <message>
        <source>Label flipping</source>
        <translation>레이블 뒤집기</translation>
    </message>
    <message>
        <source>Label flipping (ganhacks 6): each image in D&apos;s loss gets the other class&apos;s target with this probability (e.g. 0.05). bce/lsgan only. Free.</source>
        <translation>레이블 뒤집기(ganhacks 6): D의 손실에서 각 이미지가 이 확률로 반대쪽 목표를 받습니다(예: 0.05). bce/lsgan 전용. 추가 비용 없음.</translation>
    </message>
    <message>
        <source>Instance noise</source>
        <translation>인스턴스 노이즈</translation>
    </message>
    <message>
        <source>Instance noise (ganhacks 13; Sonderby et al. 2017, Arjovsky &amp; Bottou 2017): Gaussian noise of this sigma (image range -1..1) added to real and fake images before D, so their distributions overlap early. Costs ~1% of a step.</source>
        <translation>인스턴스 노이즈(ganhacks 13; Sonderby 외 2017, Arjovsky &amp; Bottou 2017): D에 넣기 전에 진짜와 가짜 이미지에 이 시그마의 가우시안 노이즈(이미지 범위 -1..1)를 더해, 초반에 두 분포가 겹치게 합니다. 단계당 약 1%의 비용.</translation>
    </message>
    <message>
        <source>Noise decay (it)</source>
        <translation>노이즈 감쇠(반복)</translation>
    </message>
    <message>
        <source>Iterations over which instance noise decays linearly to 0 (0: constant).</source>
        <translation>인스턴스 노이즈가 0까지 선형으로 줄어드는 반복 수(0: 일정).</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>bce: the tutorial&apos;s non-saturating cross-entropy (Goodfellow et al. 2014). lsgan: least squares (Mao et al. 2017), steadier gradients. hinge: (Lim &amp; Ye 2017; SAGAN, BigGAN). wgan-gp: Wasserstein with gradient penalty (Gulrajani et al. 2017), costs a third D pass per step. Accuracy means D(x) on the right side of the loss&apos;s decision boundary.</source>
        <translation>bce: 튜토리얼의 포화하지 않는 교차 엔트로피(Goodfellow 외 2014). lsgan: 최소 제곱(Mao 외 2017), 더 안정적인 기울기. hinge: (Lim &amp; Ye 2017; SAGAN, BigGAN). wgan-gp: 기울기 페널티가 있는 바서슈타인(Gulrajani 외 2017), 단계마다 D를 세 번째로 한 번 더 통과합니다. 정확도는 D(x)가 손실의 결정 경계에서 올바른 쪽에 있다는 뜻입니다.</translation>
    </message>
    <message>
        <source>GP weight</source>
        <translation>GP 가중치</translation>
    </message>
    <message>
        <source>Gradient-penalty weight of wgan-gp (lambda, 10 in the paper); unused by other losses.</source>
        <translation>wgan-gp의 기울기 페널티 가중치(λ, 논문에서 10). 다른 손실은 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>G weight average</source>
        <translation>G 가중치 평균</translation>
    </message>
    <message>
        <source>Exponential moving average of the generator&apos;s weights with this decay (e.g. 0.999, warmed up as min(decay, (1+n)/(10+n)) after n updates; Yazici et al. 2019, Karras et al. 2018), used for the grid, the explorer and quality; its batch-norm statistics are re-estimated for the averaged weights (a pass over 512 latents) whenever samples are drawn, or the averaged weights would be judged with the training weights&apos; statistics. 0: off (tutorial). Costs ~2% of a step.</source>
        <translation>이 감쇠율로 생성자 가중치의 지수 이동 평균을 냅니다(예: 0.999, n번 업데이트 뒤에는 min(감쇠율, (1+n)/(10+n))로 예열; Yazici 외 2019, Karras 외 2018). 격자, 탐색기, 품질에 쓰입니다. 샘플을 그릴 때마다 평균 가중치에 맞춰 배치 정규화 통계를 다시 추정합니다(잠재 벡터 512개를 한 번 통과). 그러지 않으면 평균 가중치를 학습 가중치의 통계로 판정하게 됩니다. 0: 끔(튜토리얼). 단계당 약 2%의 비용.</translation>
    </message>
    <message>
        <source>Dropout in G</source>
        <translation>G의 드롭아웃</translation>
    </message>
    <message>
        <source>Dropout in the generator after each hidden block (ganhacks 17, pix2pix), training only, so the fixed-seed grid stays fixed. 0: off (tutorial).</source>
        <translation>생성자의 각 은닉 블록 뒤에 드롭아웃(ganhacks 17, pix2pix). 학습 중에만 적용되어 고정 시드 격자는 그대로 유지됩니다. 0: 끔(튜토리얼).</translation>
    </message>
    <message>
        <source>Spectral norm in D</source>
        <translation>D의 스펙트럴 정규화</translation>
    </message>
    <message>
        <source>Spectral normalisation of D&apos;s layers (Miyato et al. 2018): each weight divided by its largest singular value (one power iteration per step), keeping D 1-Lipschitz-ish. Costs a few % of a step.</source>
        <translation>D의 층에 스펙트럴 정규화(Miyato 외 2018): 각 가중치를 가장 큰 특잇값으로 나눕니다(단계마다 거듭제곱 반복 한 번). D를 대략 1-립시츠로 유지합니다. 단계당 몇 %의 비용.</translation>
    </message>
    <message>
        <source>Upsampling</source>
        <translation>업샘플링</translation>
    </message>
    <message>
        <source>transpose: the tutorial&apos;s stride-2 transposed convolutions. resize: nearest-neighbour upsampling then a 5x5 convolution of the same width (Odena et al. 2016, &apos;Deconvolution and checkerboard artifacts&apos;): no checkerboard, ~1.8x slower per step on a 2-core CPU.</source>
        <translation>transpose: 튜토리얼의 스트라이드 2 전치 합성곱. resize: 최근접 이웃 업샘플링 뒤 같은 너비의 5x5 합성곱(Odena 외 2016, &apos;Deconvolution and checkerboard artifacts&apos;): 체커보드 무늬가 없고, 2코어 CPU에서 단계당 약 1.8배 느립니다.</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>잠재 벡터 크기</translation>
    </message>
    <message>
        <source>DCGAN (and conditional DCGAN): the length of the generator&apos;s latent vector.</source>
        <translation>DCGAN(과 조건부 DCGAN): 생성자 잠재 벡터의 길이.</translation>
    </message>
    <message>
        <source>Base width</source>
        <translation>기본 너비</translation>
    </message>
    <message>
        <source>DCGAN (and conditional DCGAN): the networks&apos; base width. The discriminator&apos;s first convolution has this many filters and each further one twice as many; the generator starts at 4x this and halves as it grows (engine.families.dcgan.networks.blocks). The cost of a step grows with its square. 0: 64 at 28x28 (the TensorFlow tutorial&apos;s networks), 32 at larger sizes (on 64x64 emoji, width 32 at batch 32 came closest to the SWD&apos;s floor in 10 minutes: bench/quality_per_minute.py).</source>
        <translation>DCGAN(과 조건부 DCGAN): 신경망의 기본 너비. 판별자의 첫 합성곱은 이만큼의 필터를, 그다음부터는 두 배씩 가집니다. 생성자는 이 값의 4배에서 시작해 커질 때마다 절반이 됩니다(engine.families.dcgan.networks.blocks). 단계의 비용은 이 값의 제곱에 비례합니다. 0: 28x28에서는 64(TensorFlow 튜토리얼의 신경망), 더 큰 크기에서는 32(64x64 이모지에서 너비 32, 배치 32가 10분 안에 SWD 바닥값에 가장 가까이 갔습니다: bench/quality_per_minute.py).</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>가운데 자르기 (crop)</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>여백 채우기 (pad)</translation>
    </message>
    <message>
        <source>white</source>
        <translation>흰색</translation>
    </message>
    <message>
        <source>black</source>
        <translation>검은색</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>회색</translation>
    </message>
    <message>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <source>bce</source>
        <translation>bce</translation>
    </message>
    <message>
        <source>lsgan</source>
        <translation>lsgan</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>hinge</translation>
    </message>
    <message>
        <source>wgan-gp</source>
        <translation>wgan-gp</translation>
    </message>
    <message>
        <source>transpose</source>
        <translation>전치 합성곱 (transpose)</translation>
    </message>
    <message>
        <source>resize</source>
        <translation>크기 조절 + 합성곱 (resize)</translation>
    </message>
    <message>
        <source>L1 weight</source>
        <translation>L1 가중치</translation>
    </message>
    <message>
        <source>Pix2Pix: weight of the L1 distance to the real picture beside the adversarial loss (lambda, 100 in the paper).</source>
        <translation>Pix2Pix: 적대적 손실 옆에 두는, 진짜 사진과의 L1 거리의 가중치(λ, 논문에서 100).</translation>
    </message>
    <message>
        <source>Cycle weight</source>
        <translation>사이클 가중치</translation>
    </message>
    <message>
        <source>CycleGAN: weight of the cycle-consistency L1 loss, |F(G(a)) - a| + |G(F(b)) - b| (lambda, 10 in the paper).</source>
        <translation>CycleGAN: 사이클 일관성 L1 손실 |F(G(a)) - a| + |G(F(b)) - b|의 가중치(λ, 논문에서 10).</translation>
    </message>
    <message>
        <source>Identity weight</source>
        <translation>항등 가중치</translation>
    </message>
    <message>
        <source>CycleGAN: weight of the identity L1 loss |G(b) - b| + |F(a) - a|, which keeps what needs no change unchanged. The paper&apos;s 5 (0.5 x lambda) holds shapes too: sneakers &lt;-&gt; ankle boots reached 75% in the target class after 10 minutes with it, 92% after 5 with 0.5 (bench/family_quality.py).</source>
        <translation>CycleGAN: 항등 L1 손실 |G(b) - b| + |F(a) - a|의 가중치. 바꿀 필요가 없는 것은 그대로 둡니다. 논문의 5(0.5 x λ)는 모양까지 붙잡습니다: 스니커즈 &lt;-&gt; 앵클부츠가 10분 뒤 목표 클래스에 든 비율이 그 값으로는 75%, 0.5로는 5분 만에 92%였습니다(bench/family_quality.py).</translation>
    </message>
    <message>
        <source>Class A</source>
        <translation>클래스 A</translation>
    </message>
    <message>
        <source>CycleGAN: the first class, A (Fashion-MNIST number 0-9, default 7, sneakers; or the number of a subfolder of the run&apos;s pictures, in name order). Not read with a folder B.</source>
        <translation>CycleGAN: 첫 번째 클래스 A(Fashion-MNIST 번호 0-9, 기본 7 스니커즈; 또는 학습 사진의 하위 폴더 번호, 이름 순). 폴더 B가 있으면 읽지 않습니다.</translation>
    </message>
    <message>
        <source>Class B</source>
        <translation>클래스 B</translation>
    </message>
    <message>
        <source>CycleGAN: the second class, B (default 9, ankle boots).</source>
        <translation>CycleGAN: 두 번째 클래스 B(기본 9, 앵클부츠).</translation>
    </message>
    <message>
        <source>Folder B</source>
        <translation>폴더 B</translation>
    </message>
    <message>
        <source>CycleGAN: a second folder of pictures, domain B, beside the run&apos;s data as domain A (as horse &lt;-&gt; zebra): the run translates every picture of one folder into the other&apos;s look, both at the run&apos;s image size. Empty: A and B are two classes of the run&apos;s data.</source>
        <translation>CycleGAN: 두 번째 사진 폴더, 도메인 B. 학습 데이터가 도메인 A입니다(말 &lt;-&gt; 얼룩말처럼): 한 폴더의 모든 사진을 다른 폴더의 모습으로 번역하며, 둘 다 학습의 이미지 크기로 읽습니다. 비우면 A와 B는 학습 데이터의 두 클래스입니다.</translation>
    </message>
    <message>
        <source>D told the class by</source>
        <translation>D에 클래스를 알리는 방법</translation>
    </message>
    <message>
        <source>Conditional DCGAN: how the discriminator is told the class. projection: the inner product of a learned class embedding with its last features (Miyato &amp; Koyama 2018); channels: as ten constant channels beside the image (its first convolution learns a map per class). Projection learned faster here (bench/family_quality.py: the class asked for recognised in 91.5% of samples after 2.5 minutes of Fast start, channels 83.5%), for ~10% more time a step.</source>
        <translation>조건부 DCGAN: 판별자에게 클래스를 알리는 방법. projection: 학습된 클래스 임베딩과 마지막 특징의 내적(Miyato &amp; Koyama 2018); channels: 이미지 옆에 상수 채널 열 개로(첫 합성곱이 클래스마다 지도를 배웁니다). 여기서는 projection이 더 빨리 배웠습니다(bench/family_quality.py: 빠른 시작 2.5분 뒤 요청한 클래스로 인식된 샘플 91.5%, channels는 83.5%). 단계당 약 10% 더 걸립니다.</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>프로젝션 (projection)</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>채널 (channels)</translation>
    </message>
    <message>
        <source>Grid: a row per class</source>
        <translation>격자: 클래스마다 한 줄</translation>
    </message>
    <message>
        <source>Conditional DCGAN: the sample grid as 10 rows of 10, a row per class and a column per latent (the same noise asked for every class; num_samples is not used); off: the 4x4 grid, cell i asking for class i mod 10.</source>
        <translation>조건부 DCGAN: 샘플 격자를 10x10으로, 줄마다 한 클래스, 열마다 잠재 벡터 하나(모든 클래스에 같은 노이즈를 요청; num_samples는 쓰지 않음). 끄면 4x4 격자에서 칸 i가 클래스 i mod 10을 요청합니다.</translation>
    </message>
    <message>
        <source>Weight of Bach&apos;s voices</source>
        <translation>바흐 성부의 가중치</translation>
    </message>
    <message>
        <source>Composer: weight of the cross-entropy to Bach&apos;s own voices beside the adversarial loss (as Pix2Pix&apos;s L1 to the real picture); 0: the critic alone teaches the generator.</source>
        <translation>작곡가: 적대적 손실과 함께 쓰는, 바흐 자신의 성부에 대한 교차 엔트로피의 가중치(Pix2Pix에서 진짜 그림에 대한 L1과 같은 역할). 0: 비평가만 생성자를 가르칩니다.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>How the style is measured: by its patches, their distribution seen through random projections (Elnekave &amp; Weiss 2022) and each of the picture&apos;s patches pulled to the nearest (Kwatra et al. 2005), by Gram matrices of an untrained VGG-19 (He et al. 2016) or of one layer of random filters of several sizes (Ustyuzhaninov et al. 2017), or by a patch discriminator trained on the style while the picture is painted.</source>
        <translation>스타일을 재는 방법: 스타일 그림의 조각들로 (무작위 투영으로 본 조각 분포, Elnekave &amp; Weiss 2022, 그리고 그림의 각 조각을 가장 가까운 스타일 조각 쪽으로 당기기, Kwatra 외 2005), 학습하지 않은 VGG-19의 그람 행렬로 (He 외 2016), 여러 크기의 무작위 필터 한 층의 그람 행렬로 (Ustyuzhaninov 외 2017), 아니면 그림을 그리는 동안 스타일로 학습하는 패치 판별자로.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>The result&apos;s longer side in pixels (the content&apos;s shape is kept).</source>
        <translation>결과의 긴 변 픽셀 수 (내용 그림의 모양은 유지됩니다).</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Optimisation steps in all, shared by the scales from coarse to fine.</source>
        <translation>전체 최적화 단계 수. 거친 배율부터 고운 배율까지 나누어 씁니다.</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>How much the style may change the content: 0 keeps the content, 1 paints with the style alone from the content&apos;s start.</source>
        <translation>스타일이 내용을 얼마나 바꿀 수 있는지: 0은 내용을 지키고, 1은 내용에서 출발해 스타일만으로 그립니다.</translation>
    </message>
    <message>
        <source>Brush scale</source>
        <translation>붓 크기</translation>
    </message>
    <message>
        <source>The style picture&apos;s scale against the result: above 1 its strokes and patterns come out larger, below 1 finer.</source>
        <translation>결과에 대한 스타일 그림의 배율: 1보다 크면 붓질과 무늬가 크게, 1보다 작으면 곱게 나옵니다.</translation>
    </message>
    <message>
        <source>Seed of the random projections, networks and noise.</source>
        <translation>무작위 투영, 신경망, 잡음의 시드.</translation>
    </message>
    <message>
        <source>Untrained VGG-19</source>
        <translation>학습하지 않은 VGG-19</translation>
    </message>
    <message>
        <source>Random filters</source>
        <translation>무작위 필터</translation>
    </message>
    <message>
        <source>Discriminator learned while painting</source>
        <translation>그리면서 배우는 판별자</translation>
    </message>
    <message>
        <source>TensorFlow DCGAN tutorial</source>
        <translation>TensorFlow DCGAN 튜토리얼</translation>
    </message>
    <message>
        <source>The TensorFlow DCGAN tutorial&apos;s recipe exactly: Adam 1e-4 (beta1 0.9), batch 256, cross-entropy, no tricks. Bit for bit the engine&apos;s reference.</source>
        <translation>TensorFlow DCGAN 튜토리얼의 레시피 그대로: Adam 1e-4(beta1 0.9), 배치 256, 교차 엔트로피, 기법 없음. 엔진의 기준과 비트 단위로 같습니다.</translation>
    </message>
    <message>
        <source>DCGAN paper</source>
        <translation>DCGAN 논문</translation>
    </message>
    <message>
        <source>Radford et al. 2016: Adam 2e-4 with beta1 0.5, batch 128.</source>
        <translation>Radford 외 2016: Adam 2e-4, beta1 0.5, 배치 128.</translation>
    </message>
    <message>
        <source>Fast start</source>
        <translation>빠른 시작</translation>
    </message>
    <message>
        <source>Garments soonest per second of CPU: the DCGAN paper&apos;s Adam on batches of 16 (4x the iterations a second of batch 64), one-sided label smoothing and a generator averaged over ~100 updates (bench/quality_per_minute.py: FCD 30 after 240 s of training on a 2-core CPU, the tutorial&apos;s recipe 160).</source>
        <translation>CPU 1초당 가장 빨리 옷이 나오는 레시피: 배치 16에 DCGAN 논문의 Adam(배치 64보다 초당 반복 4배), 한쪽 레이블 스무딩, 약 100번의 업데이트에 걸쳐 평균 낸 생성자(bench/quality_per_minute.py: 2코어 CPU에서 240초 학습 뒤 FCD 30, 튜토리얼 레시피는 160).</translation>
    </message>
    <message>
        <source>Colour start</source>
        <translation>컬러 시작</translation>
    </message>
    <message>
        <source>Fast start for pictures (64x64 colour emoji, your own): batches of 32, Adam 1e-4 (beta1 0.5), one-sided label smoothing and a generator averaged over ~1000 updates (bench/quality_per_minute.py --dataset emoji: SWD 2.5x its floor after 600 s of training on a 2-core CPU, Fast start at the same width and batch 3.3x).</source>
        <translation>사진(64x64 컬러 이모지, 직접 가진 사진)을 위한 빠른 시작: 배치 32, Adam 1e-4(beta1 0.5), 한쪽 레이블 스무딩, 약 1000번의 업데이트에 걸쳐 평균 낸 생성자(bench/quality_per_minute.py --dataset emoji: 2코어 CPU에서 600초 학습 뒤 SWD가 바닥값의 2.5배, 같은 너비와 배치의 빠른 시작은 3.3배).</translation>
    </message>
    <message>
        <source>Music start</source>
        <translation>음악 시작</translation>
    </message>
    <message>
        <source>The composer&apos;s (music: the Bach chorales): Fast start&apos;s Adam on batches of 32 with the least-squares loss, whose critic does not saturate and whose gradients do not spike as the cross-entropy&apos;s do (3 minutes on a 2-core CPU: 6 of the 9 harmony metrics within 25% of Bach&apos;s with lsgan or wgan-gp, which takes 1.5x the time a step, 5 with hinge, 4 with bce and its six exploding-gradient alarms; the other recipe fields are not read).</source>
        <translation>작곡가용(음악: 바흐 코랄): 빠른 시작의 Adam을 배치 32로, 최소 제곱 손실과 함께 씁니다. 이 손실에서는 비평가가 포화하지 않고, 교차 엔트로피처럼 기울기가 튀지 않습니다(2코어 CPU에서 3분: 화성 지표 9개 중 바흐와 25% 이내인 것이 lsgan과 wgan-gp(한 단계에 1.5배 시간)에서 6개, hinge에서 5개, bce에서 4개이고 bce는 기울기 폭주 경보가 여섯 번 울렸습니다. 다른 레시피 항목은 읽지 않습니다).</translation>
    </message>
    <message>
        <source>DCGAN</source>
        <translation>DCGAN</translation>
    </message>
    <message>
        <source>Noise -&gt; garment: the TensorFlow DCGAN tutorial&apos;s GAN (Radford et al. 2016).</source>
        <translation>노이즈 -&gt; 옷: TensorFlow DCGAN 튜토리얼의 GAN(Radford 외 2016).</translation>
    </message>
    <message>
        <source>the fixed-seed samples</source>
        <translation>고정 시드 샘플</translation>
    </message>
    <message>
        <source>generator loss</source>
        <translation>생성자 손실</translation>
    </message>
    <message>
        <source>discriminator loss</source>
        <translation>판별자 손실</translation>
    </message>
    <message>
        <source>D accuracy on real</source>
        <translation>진짜에 대한 D 정확도</translation>
    </message>
    <message>
        <source>D accuracy on fake</source>
        <translation>가짜에 대한 D 정확도</translation>
    </message>
    <message>
        <source>mean D(x)</source>
        <translation>평균 D(x)</translation>
    </message>
    <message>
        <source>mean D(G(z))</source>
        <translation>평균 D(G(z))</translation>
    </message>
    <message>
        <source>generator gradient norm</source>
        <translation>생성자 기울기 노름</translation>
    </message>
    <message>
        <source>discriminator gradient norm</source>
        <translation>판별자 기울기 노름</translation>
    </message>
    <message>
        <source>Pix2Pix</source>
        <translation>Pix2Pix</translation>
    </message>
    <message>
        <source>Edges -&gt; picture (a garment, an emoji, your own), paired (Isola et al. 2017): a U-Net generator, a PatchGAN discriminator on (edges, image) pairs, cross-entropy + 100 x L1.</source>
        <translation>윤곽선 -&gt; 그림(옷, 이모지, 직접 가진 사진), 짝지은 데이터(Isola 외 2017): U-Net 생성자, (윤곽선, 이미지) 쌍을 보는 PatchGAN 판별자, 교차 엔트로피 + 100 x L1.</translation>
    </message>
    <message>
        <source>edges | generated | real, for fixed test images</source>
        <translation>윤곽선 | 생성 | 진짜, 고정된 테스트 이미지</translation>
    </message>
    <message>
        <source>G adversarial loss</source>
        <translation>G 적대적 손실</translation>
    </message>
    <message>
        <source>G L1 to the target</source>
        <translation>목표에 대한 G의 L1</translation>
    </message>
    <message>
        <source>L1 to the real image</source>
        <translation>진짜 이미지에 대한 L1</translation>
    </message>
    <message>
        <source>classifier accuracy on outputs</source>
        <translation>출력에 대한 분류기 정확도</translation>
    </message>
    <message>
        <source>accuracy on real images (ceiling)</source>
        <translation>진짜 이미지의 정확도(상한)</translation>
    </message>
    <message>
        <source>CycleGAN</source>
        <translation>CycleGAN</translation>
    </message>
    <message>
        <source>One class (or folder) into another, unpaired (Zhu et al. 2017): two generators, two least-squares discriminators, cycle (10x) and identity (0.5x) L1 losses.</source>
        <translation>한 클래스(또는 폴더)를 다른 것으로, 짝 없는 데이터(Zhu 외 2017): 생성자 둘, 최소 제곱 판별자 둘, 사이클(10배)과 항등(0.5배) L1 손실.</translation>
    </message>
    <message>
        <source>A -&gt; B -&gt; A (top rows) and B -&gt; A -&gt; B (bottom rows), for fixed test images</source>
        <translation>A -&gt; B -&gt; A(위쪽 줄)와 B -&gt; A -&gt; B(아래쪽 줄), 고정된 테스트 이미지</translation>
    </message>
    <message>
        <source>G A-&gt;B adversarial</source>
        <translation>G A-&gt;B 적대적 손실</translation>
    </message>
    <message>
        <source>G B-&gt;A adversarial</source>
        <translation>G B-&gt;A 적대적 손실</translation>
    </message>
    <message>
        <source>cycle L1</source>
        <translation>사이클 L1</translation>
    </message>
    <message>
        <source>D of A</source>
        <translation>A의 D</translation>
    </message>
    <message>
        <source>D of B</source>
        <translation>B의 D</translation>
    </message>
    <message>
        <source>A -&gt; B judged B</source>
        <translation>A -&gt; B가 B로 판정됨</translation>
    </message>
    <message>
        <source>B -&gt; A judged A</source>
        <translation>B -&gt; A가 A로 판정됨</translation>
    </message>
    <message>
        <source>judged the target class</source>
        <translation>목표 클래스로 판정됨</translation>
    </message>
    <message>
        <source>SWD of A -&gt; B to B (x1000)</source>
        <translation>A -&gt; B와 B의 SWD(x1000)</translation>
    </message>
    <message>
        <source>SWD of B -&gt; A to A (x1000)</source>
        <translation>B -&gt; A와 A의 SWD(x1000)</translation>
    </message>
    <message>
        <source>Conditional DCGAN</source>
        <translation>조건부 DCGAN</translation>
    </message>
    <message>
        <source>Class + noise -&gt; that garment: the DCGAN with the class fed to both networks (Mirza &amp; Osindero 2014); same recipe, tricks and tools as the DCGAN.</source>
        <translation>클래스 + 노이즈 -&gt; 그 옷: 두 신경망 모두에 클래스를 넣는 DCGAN(Mirza &amp; Osindero 2014). 레시피, 기법, 도구는 DCGAN과 같습니다.</translation>
    </message>
    <message>
        <source>each cell asks for class (cell number mod 10)</source>
        <translation>각 칸은 클래스(칸 번호 mod 10)를 요청합니다</translation>
    </message>
    <message>
        <source>asked-for class recognised</source>
        <translation>요청한 클래스로 인식됨</translation>
    </message>
    <message>
        <source>Composer (music)</source>
        <translation>작곡가(음악)</translation>
    </message>
    <message>
        <source>Melody -&gt; alto, tenor and bass, as AWS DeepComposer (MuseGAN&apos;s U-Net and critic): trained on the Bach chorales of music21&apos;s corpus, in every key.</source>
        <translation>선율 -&gt; 알토, 테너, 베이스. AWS DeepComposer처럼(MuseGAN의 U-Net과 비평가) music21 코퍼스의 바흐 코랄로, 모든 조에서 학습합니다.</translation>
    </message>
    <message>
        <source>generated | Bach&apos;s voices under fixed held-out melodies (melody white, alto green, tenor blue, bass orange)</source>
        <translation>생성된 성부 | 바흐의 성부, 고정된 평가용 선율 아래(선율 흰색, 알토 초록, 테너 파랑, 베이스 주황)</translation>
    </message>
    <message>
        <source>G cross-entropy to Bach&apos;s voices</source>
        <translation>바흐 성부에 대한 G 교차 엔트로피</translation>
    </message>
    <message>
        <source>critic loss</source>
        <translation>비평가 손실</translation>
    </message>
    <message>
        <source>in the melody&apos;s key</source>
        <translation>선율의 조에 맞음</translation>
    </message>
    <message>
        <source>pitch-class distance to Bach</source>
        <translation>바흐와의 음이름 분포 거리</translation>
    </message>
    <message>
        <source>consonant with the melody</source>
        <translation>선율과 어울림(협화)</translation>
    </message>
    <message>
        <source>parallel fifths/octaves per joint move</source>
        <translation>함께 움직일 때 병행 5도/8도 비율</translation>
    </message>
    <message>
        <source>in the voice&apos;s range</source>
        <translation>성부 음역 안</translation>
    </message>
    <message>
        <source>voice crossings</source>
        <translation>성부 교차</translation>
    </message>
    <message>
        <source>empty beats</source>
        <translation>빈 박</translation>
    </message>
    <message>
        <source>note length (sixteenths)</source>
        <translation>음 길이(16분음표 단위)</translation>
    </message>
    <message>
        <source>pitch classes per bar</source>
        <translation>마디당 음이름 수</translation>
    </message>
    <message>
        <source>Bach</source>
        <translation>바흐</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28x28 grey)</source>
        <translation>Fashion-MNIST(28x28 흑백)</translation>
    </message>
    <message>
        <source>Emoji (64x64 colour)</source>
        <translation>이모지(64x64 컬러)</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>티셔츠/탑</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>바지</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>풀오버</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>드레스</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>코트</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>샌들</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>셔츠</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>스니커즈</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>가방</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>앵클부츠</translation>
    </message>
    <message>
        <source>Smileys &amp; Emotion</source>
        <translation>표정과 감정</translation>
    </message>
    <message>
        <source>People &amp; Body</source>
        <translation>사람과 몸</translation>
    </message>
    <message>
        <source>Animals &amp; Nature</source>
        <translation>동물과 자연</translation>
    </message>
    <message>
        <source>Food &amp; Drink</source>
        <translation>음식과 음료</translation>
    </message>
    <message>
        <source>Travel &amp; Places</source>
        <translation>여행과 장소</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>사물</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>기호</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>깃발</translation>
    </message>
    <message>
        <source>Training diverged (NaN/Inf)</source>
        <translation>학습이 발산했습니다(NaN/Inf)</translation>
    </message>
    <message>
        <source>A loss or gradient became NaN or infinite at iteration {iteration}, so the weights are now meaningless. Training is paused by itself. The last good state (iteration {good}) is kept and can be restored. Then try a lower learning rate (e.g. half), soft labels for real images (0.9 instead of 1), or instance noise on the discriminator&apos;s inputs.</source>
        <translation>반복 {iteration}에서 손실이나 기울기가 NaN 또는 무한대가 되어 가중치가 이제 의미가 없습니다. 학습은 스스로 일시 정지했습니다. 마지막 정상 상태(반복 {good})가 보관되어 있어 복원할 수 있습니다. 그다음 더 낮은 학습률(예: 절반), 진짜 이미지에 부드러운 레이블(1 대신 0.9), 또는 판별자 입력에 인스턴스 노이즈를 시도하세요.</translation>
    </message>
    <message>
        <source>A loss or gradient became NaN or infinite at iteration {iteration}, so the weights are now meaningless. Training is paused by itself. No earlier good state is kept in memory; load a checkpoint. Then try a lower learning rate (e.g. half), soft labels for real images (0.9 instead of 1), or instance noise on the discriminator&apos;s inputs.</source>
        <translation>반복 {iteration}에서 손실이나 기울기가 NaN 또는 무한대가 되어 가중치가 이제 의미가 없습니다. 학습은 스스로 일시 정지했습니다. 메모리에 보관된 이전 정상 상태가 없습니다. 체크포인트를 불러오세요. 그다음 더 낮은 학습률(예: 절반), 진짜 이미지에 부드러운 레이블(1 대신 0.9), 또는 판별자 입력에 인스턴스 노이즈를 시도하세요.</translation>
    </message>
    <message>
        <source>The discriminator is winning</source>
        <translation>판별자가 이기고 있습니다</translation>
    </message>
    <message>
        <source>For {iterations} iterations the discriminator has told every fake from real (its loss below {loss} or accuracy on fakes above {accuracy}). Its verdict then gives the generator almost no gradient, and training stalls. Try: soft and noisy labels (real 0.7-1.2, fake 0-0.3), occasionally flipped labels for the discriminator, instance noise on its inputs that decays, dropout in the generator, or a lower learning rate for the discriminator.</source>
        <translation>{iterations}회 반복 동안 판별자가 모든 가짜를 진짜와 구별했습니다(손실이 {loss}보다 낮거나 가짜에 대한 정확도가 {accuracy}보다 높음). 그러면 판별자의 판정이 생성자에게 기울기를 거의 주지 못해 학습이 멈춥니다. 시도해 보세요: 부드럽고 잡음 섞인 레이블(진짜 0.7-1.2, 가짜 0-0.3), 판별자에게 가끔 뒤집은 레이블, 점점 줄어드는 입력 인스턴스 노이즈, 생성자의 드롭아웃, 또는 판별자의 더 낮은 학습률.</translation>
    </message>
    <message>
        <source>Exploding gradients (generator)</source>
        <translation>기울기 폭주(생성자)</translation>
    </message>
    <message>
        <source>The generator&apos;s gradient norm jumped to {norm}, {times} times its median over the last {count} iterations ({median}). A spike like this often comes just before the losses turn NaN. Try: a lower learning rate, gradient clipping, or restoring an earlier checkpoint if the samples got worse.</source>
        <translation>생성자의 기울기 노름이 {norm}(으)로 뛰었습니다. 최근 {count}회 반복의 중앙값({median})의 {times}배입니다. 이런 치솟음은 흔히 손실이 NaN이 되기 직전에 나타납니다. 시도해 보세요: 더 낮은 학습률, 기울기 클리핑, 또는 샘플이 나빠졌다면 이전 체크포인트로 복원.</translation>
    </message>
    <message>
        <source>Exploding gradients (discriminator)</source>
        <translation>기울기 폭주(판별자)</translation>
    </message>
    <message>
        <source>The discriminator&apos;s gradient norm jumped to {norm}, {times} times its median over the last {count} iterations ({median}). A spike like this often comes just before the losses turn NaN. Try: a lower learning rate, gradient clipping, or restoring an earlier checkpoint if the samples got worse.</source>
        <translation>판별자의 기울기 노름이 {norm}(으)로 뛰었습니다. 최근 {count}회 반복의 중앙값({median})의 {times}배입니다. 이런 치솟음은 흔히 손실이 NaN이 되기 직전에 나타납니다. 시도해 보세요: 더 낮은 학습률, 기울기 클리핑, 또는 샘플이 나빠졌다면 이전 체크포인트로 복원.</translation>
    </message>
    <message>
        <source>Mode collapse: few classes</source>
        <translation>모드 붕괴: 클래스가 적음</translation>
    </message>
    <message>
        <source>The generated samples fall into few classes: their class-coverage entropy is {coverage} (1 = all ten classes evenly; alarm below {threshold}). The generator has found a few outputs that fool the discriminator and makes little else. Try: dropout in the generator, noisy or soft labels, instance noise, a lower generator learning rate, or going back to a checkpoint from before it began.</source>
        <translation>생성된 샘플이 몇 안 되는 클래스에 몰려 있습니다: 클래스 포괄도 엔트로피가 {coverage}입니다(1 = 열 클래스가 고르게; {threshold} 아래면 경보). 생성자가 판별자를 속이는 출력 몇 가지를 찾아내 그 밖의 것은 거의 만들지 않습니다. 시도해 보세요: 생성자의 드롭아웃, 잡음 섞이거나 부드러운 레이블, 인스턴스 노이즈, 더 낮은 생성자 학습률, 또는 붕괴가 시작되기 전의 체크포인트로 돌아가기.</translation>
    </message>
    <message>
        <source>Mode collapse: samples look alike</source>
        <translation>모드 붕괴: 샘플이 서로 닮음</translation>
    </message>
    <message>
        <source>The 16 fixed-seed samples have become near-identical: for {frames} grid frames they have differed by little ({diversity} on average now, {share} of the most they did earlier in this run). The generator has found a few outputs that fool the discriminator and makes little else. Try: dropout in the generator, noisy or soft labels, instance noise, a lower generator learning rate, or going back to a checkpoint from before it began.</source>
        <translation>고정 시드 샘플 16개가 거의 똑같아졌습니다: {frames}개 격자 프레임 동안 서로 거의 다르지 않았습니다(지금 평균 {diversity}, 이 학습에서 앞서 가장 달랐을 때의 {share}). 생성자가 판별자를 속이는 출력 몇 가지를 찾아내 그 밖의 것은 거의 만들지 않습니다. 시도해 보세요: 생성자의 드롭아웃, 잡음 섞이거나 부드러운 레이블, 인스턴스 노이즈, 더 낮은 생성자 학습률, 또는 붕괴가 시작되기 전의 체크포인트로 돌아가기.</translation>
    </message>
    <message>
        <source>{count} devices asked for, this process has {available} ({kind}: {names})</source>
        <translation>장치 {count}개를 요청했지만 이 프로세스에는 {available}개가 있습니다({kind}: {names})</translation>
    </message>
    <message>
        <source>TF_CONFIG is not a worker cluster tf.distribute can use ({reason}); it should look like {{&quot;cluster&quot;: {{&quot;worker&quot;: [&quot;host1:port&quot;, &quot;host2:port&quot;]}}, &quot;task&quot;: {{&quot;type&quot;: &quot;worker&quot;, &quot;index&quot;: 0}}}}</source>
        <translation>TF_CONFIG가 tf.distribute가 쓸 수 있는 워커 클러스터가 아닙니다({reason}). 이런 모양이어야 합니다: {{&quot;cluster&quot;: {{&quot;worker&quot;: [&quot;host1:port&quot;, &quot;host2:port&quot;]}}, &quot;task&quot;: {{&quot;type&quot;: &quot;worker&quot;, &quot;index&quot;: 0}}}}</translation>
    </message>
    <message>
        <source>{count} devices: this machine has no GPU, and its CPU can only be split into logical devices before TensorFlow starts; start GAN Studio with --devices {count}</source>
        <translation>장치 {count}개: 이 컴퓨터에는 GPU가 없고, CPU는 TensorFlow가 시작되기 전에만 논리 장치로 나눌 수 있습니다. GAN Studio를 --devices {count}로 시작하세요</translation>
    </message>
    <message>
        <source>{count} devices asked for, this process has {available} (CPU: {names}); on a machine without GPUs start GAN Studio with --devices {count} to split the CPU into {count} logical devices</source>
        <translation>장치 {count}개를 요청했지만 이 프로세스에는 {available}개가 있습니다(CPU: {names}). GPU가 없는 컴퓨터에서는 GAN Studio를 --devices {count}로 시작해 CPU를 논리 장치 {count}개로 나누세요</translation>
    </message>
    <message>
        <source>bfloat16 needs a CPU with AVX-512 here (oneDNN cannot run bfloat16 below it): choose float32, or auto.</source>
        <translation>여기서 bfloat16에는 AVX-512가 있는 CPU가 필요합니다(그보다 낮으면 oneDNN이 bfloat16을 실행하지 못합니다). float32나 auto를 고르세요.</translation>
    </message>
    <message>
        <source>bfloat16 needs a CPU with AVX-512 here (oneDNN cannot run bfloat16 below it; ONEDNN_MAX_CPU_ISA={cap} caps it): choose float32, or auto.</source>
        <translation>여기서 bfloat16에는 AVX-512가 있는 CPU가 필요합니다(그보다 낮으면 oneDNN이 bfloat16을 실행하지 못합니다. ONEDNN_MAX_CPU_ISA={cap}가 이를 막고 있습니다). float32나 auto를 고르세요.</translation>
    </message>
    <message>
        <source>in ({low}, {high}]</source>
        <translation>({low}, {high}] 범위</translation>
    </message>
    <message>
        <source>in [{low}, {high}]</source>
        <translation>[{low}, {high}] 범위</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value!r}</source>
        <translation>{name}은(는) 숫자여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value!r}</source>
        <translation>{name}은(는) 정수여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>{name} must be finite, got {value!r}</source>
        <translation>{name}은(는) 유한한 값이어야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>{name} must be {bounds}, got {value!r}</source>
        <translation>{name}은(는) {bounds}여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value!r}</source>
        <translation>{name}은(는) true나 false여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>0 ({zero}) or up to {high}</source>
        <translation>0({zero}) 또는 {high} 이하</translation>
    </message>
    <message>
        <source>above {low}</source>
        <translation>{low}보다 큰 값</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>{low} 이상</translation>
    </message>
    <message>
        <source>{name} must be text, got {value!r}</source>
        <translation>{name}은(는) 글자여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>{name} must be one of {choices}, got {value!r}</source>
        <translation>{name}은(는) {choices} 중 하나여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>{name} needs a number, got {value!r}</source>
        <translation>{name}에는 숫자가 필요합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>{name} needs a whole number, got {value!r}</source>
        <translation>{name}에는 정수가 필요합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>unknown preset {name!r}; presets are {presets}</source>
        <translation>알 수 없는 프리셋 {name!r}. 프리셋: {presets}</translation>
    </message>
    <message>
        <source>label smoothing and flipping change the targets of the {labelled} losses; the {loss} loss has none</source>
        <translation>레이블 스무딩과 뒤집기는 {labelled} 손실의 목표를 바꿉니다. {loss} 손실에는 목표 레이블이 없습니다</translation>
    </message>
    <message>
        <source>num_samples must be a perfect square (4, 9, 16, ...), got {count}</source>
        <translation>num_samples는 제곱수(4, 9, 16, ...)여야 합니다. 받은 값: {count}</translation>
    </message>
    <message>
        <source>image_size must be one of {sizes} (or 0: from the data), got {size}</source>
        <translation>image_size는 {sizes} 중 하나(또는 0: 데이터에서)여야 합니다. 받은 값: {size}</translation>
    </message>
    <message>
        <source>channels must be 1 (grey) or 3 (colour) (or 0: from the data), got {channels}</source>
        <translation>channels는 1(흑백)이나 3(컬러)(또는 0: 데이터에서)이어야 합니다. 받은 값: {channels}</translation>
    </message>
    <message>
        <source>data must name a dataset (fashion-mnist, emoji) or a folder: choose the folder</source>
        <translation>데이터는 데이터셋(fashion-mnist, emoji)이나 폴더여야 합니다: 폴더를 고르세요</translation>
    </message>
    <message>
        <source>unknown alarm(s) to mute: {unknown}; alarms are {alarms}</source>
        <translation>끌 경보를 알 수 없습니다: {unknown}. 경보: {alarms}</translation>
    </message>
    <message>
        <source>settings of unknown family {family!r}</source>
        <translation>알 수 없는 계열 {family!r}의 설정</translation>
    </message>
    <message>
        <source>a config&apos;s {part} must be a JSON object, got {kind}</source>
        <translation>설정의 {part}은(는) JSON 객체여야 합니다. 받은 것: {kind}</translation>
    </message>
    <message>
        <source>unknown config field(s) in {part}: {unknown}</source>
        <translation>{part}에 알 수 없는 설정 항목: {unknown}</translation>
    </message>
    <message>
        <source>settings of unknown families {unknown}; families are {families}</source>
        <translation>알 수 없는 계열 {unknown}의 설정. 계열: {families}</translation>
    </message>
    <message>
        <source>settings of unknown family {unknown}; families are {families}</source>
        <translation>알 수 없는 계열 {unknown}의 설정. 계열: {families}</translation>
    </message>
    <message>
        <source>{family} trains on pictures that fit in memory; {count:,} pictures of {size}x{size} are read from disk a batch at a time. Choose a smaller image size, or fewer pictures (Train images).</source>
        <translation>{family}은(는) 메모리에 들어가는 사진으로 학습합니다. {size}x{size} 사진 {count:,}장은 디스크에서 배치 하나씩 읽어야 합니다. 이미지 크기나 사진 수(학습 이미지 수)를 줄이세요.</translation>
    </message>
    <message>
        <source>music21 is installed without its corpus: {folder} is missing. Reinstall it with `pip install --force-reinstall music21` in the app&apos;s environment, or run scripts/setup.sh.</source>
        <translation>music21이 코퍼스 없이 설치되어 있습니다: {folder}이(가) 없습니다. 앱의 환경에서 `pip install --force-reinstall music21`로 다시 설치하거나 scripts/setup.sh를 실행하세요.</translation>
    </message>
    <message>
        <source>The Bach chorales gave {train} training windows and {held_out} held-out ones{skipped}; training needs at least {least} and one held out. Reinstall music21 with `pip install --force-reinstall music21`, or run scripts/setup.sh.</source>
        <translation>바흐 코랄에서 학습용 구간 {train}개와 평가용 구간 {held_out}개를 얻었습니다{skipped}. 학습에는 최소 {least}개와 평가용 하나가 필요합니다. `pip install --force-reinstall music21`로 music21을 다시 설치하거나 scripts/setup.sh를 실행하세요.</translation>
    </message>
    <message>
        <source>The Bach chorales come from music21&apos;s corpus, and music21 cannot be imported ({reason}): install it with `pip install music21` in the app&apos;s environment, or run scripts/setup.sh.</source>
        <translation>바흐 코랄은 music21의 코퍼스에서 오는데, music21을 불러올 수 없습니다({reason}). 앱의 환경에서 `pip install music21`로 설치하거나 scripts/setup.sh를 실행하세요.</translation>
    </message>
    <message>
        <source>compare takes 1 to {most} runs, not {count}</source>
        <translation>비교는 학습 1개부터 {most}개까지 받습니다({count}개가 아니라)</translation>
    </message>
    <message>
        <source>not drawn against {axis}: the run did not keep it</source>
        <translation>{axis} 기준으로는 그리지 않았습니다: 이 학습은 그 값을 남기지 않았습니다</translation>
    </message>
    <message>
        <source> ({count} file skipped: {reasons}; e.g. {example})</source>
        <translation> (파일 {count}개 건너뜀: {reasons}; 예: {example})</translation>
    </message>
    <message>
        <source> ({count} files skipped: {reasons}; e.g. {example})</source>
        <translation> (파일 {count}개 건너뜀: {reasons}; 예: {example})</translation>
    </message>
    <message>
        <source>family must be one of {families}, got {family!r}</source>
        <translation>계열은 {families} 중 하나여야 합니다. 받은 값: {family!r}</translation>
    </message>
    <message>
        <source>Style patches</source>
        <translation>스타일 조각</translation>
    </message>
    <message>
        <source>unknown config field(s): {unknown}</source>
        <translation>알 수 없는 설정 항목: {unknown}</translation>
    </message>
    <message>
        <source>a config must be a JSON object, got {kind}</source>
        <translation>설정은 JSON 객체여야 합니다. 받은 것: {kind}</translation>
    </message>
    <message>
        <source>unknown config part(s): {unknown}</source>
        <translation>알 수 없는 설정 부분: {unknown}</translation>
    </message>
    <message>
        <source>a config&apos;s families must be a JSON object, got {kind}</source>
        <translation>설정의 families는 JSON 객체여야 합니다. 받은 것: {kind}</translation>
    </message>
    <message>
        <source>the {name} settings must be {kind}, got {value!r}</source>
        <translation>{name} 설정은 {kind}여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>a config&apos;s {part} must be {kind}, got {value!r}</source>
        <translation>설정의 {part}은(는) {kind}여야 합니다. 받은 값: {value!r}</translation>
    </message>
    <message>
        <source>config is not valid JSON: {reason}</source>
        <translation>설정이 올바른 JSON이 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>The conditional DCGAN needs classes; the images in {source} have none (Fashion-MNIST, MNIST digits and emoji do; put a folder&apos;s pictures in two or more subfolders, one a class).</source>
        <translation>조건부 DCGAN에는 클래스가 필요한데 {source}의 이미지에는 클래스가 없습니다(Fashion-MNIST, MNIST 숫자, 이모지에는 있습니다. 폴더의 사진을 하위 폴더 두 개 이상에, 폴더 하나에 한 클래스씩 넣으세요).</translation>
    </message>
    <message>
        <source>class_a and class_b must be two different classes, got {a} twice</source>
        <translation>class_a와 class_b는 서로 다른 두 클래스여야 합니다. 두 번 다 {a}입니다</translation>
    </message>
    <message>
        <source> (B&apos;s {count} images make their own epochs)</source>
        <translation> (B의 이미지 {count}장은 따로 에포크를 이룹니다)</translation>
    </message>
    <message>
        <source>CycleGAN translates between two classes of labelled data (Fashion-MNIST, MNIST digits, or pictures in class subfolders) or into a second folder (Folder B, --data-b); the pictures in {source} have no classes.</source>
        <translation>CycleGAN은 레이블이 있는 데이터(Fashion-MNIST, MNIST 숫자, 클래스별 하위 폴더의 사진)의 두 클래스 사이나 두 번째 폴더(폴더 B, --data-b)로 번역합니다. {source}의 사진에는 클래스가 없습니다.</translation>
    </message>
    <message>
        <source>CycleGAN needs training images of both classes {a} and {b}; the data holds {count_a} and {count_b}.</source>
        <translation>CycleGAN에는 두 클래스 {a}와(과) {b}의 학습 이미지가 모두 필요합니다. 데이터에는 각각 {count_a}장과 {count_b}장이 있습니다.</translation>
    </message>
    <message>
        <source>the number of directions must be in [1, {most}], got {count}</source>
        <translation>방향의 수는 [1, {most}] 범위여야 합니다. 받은 값: {count}</translation>
    </message>
    <message>
        <source>PCA of {count} directions needs at least {least} samples, got {samples}</source>
        <translation>방향 {count}개의 PCA에는 표본이 {least}개 이상 필요합니다. 받은 값: {samples}</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path}이(가) 없거나 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{path} holds a member {member} that is not part of a GAN Studio checkpoint of version {version}.</source>
        <translation>{path}에 버전 {version}의 GAN Studio 체크포인트에 없는 항목 {member}이(가) 들어 있습니다.</translation>
    </message>
    <message>
        <source>{path} is damaged or inconsistent: its member {member} is missing.</source>
        <translation>{path}이(가) 손상되었거나 앞뒤가 맞지 않습니다: 항목 {member}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{path} is damaged or inconsistent: it has {frames} grid frames and {iterations} frame iterations.</source>
        <translation>{path}이(가) 손상되었거나 앞뒤가 맞지 않습니다: 격자 프레임은 {frames}개인데 프레임의 반복 번호는 {iterations}개입니다.</translation>
    </message>
    <message>
        <source>{path} is not a GAN Studio checkpoint (no metadata).</source>
        <translation>{path}은(는) GAN Studio 체크포인트가 아닙니다(메타데이터 없음).</translation>
    </message>
    <message>
        <source>{path}: its members claim {total} bytes in all, more than the whole file ({size} bytes): they overlap.</source>
        <translation>{path}: 항목들이 모두 {total}바이트라고 하는데, 파일 전체({size}바이트)보다 큽니다: 서로 겹칩니다.</translation>
    </message>
    <message>
        <source>{path} has {size} bytes of metadata; GAN Studio writes a few kilobytes: not a GAN Studio checkpoint.</source>
        <translation>{path}의 메타데이터가 {size}바이트입니다. GAN Studio는 몇 킬로바이트만 씁니다: GAN Studio 체크포인트가 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is not a GAN Studio checkpoint.</source>
        <translation>{path}은(는) GAN Studio 체크포인트가 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is checkpoint format version {version}; this GAN Studio reads version {supported}. Use the GAN Studio version that wrote it.</source>
        <translation>{path}은(는) 체크포인트 형식 버전 {version}입니다. 이 GAN Studio는 버전 {supported}을(를) 읽습니다. 이 파일을 쓴 GAN Studio 버전을 쓰세요.</translation>
    </message>
    <message>
        <source>{path}: member {member} does not begin with an npy header as np.save writes one (format 1.0, under {limit} bytes).</source>
        <translation>{path}: 항목 {member}이(가) np.save가 쓰는 npy 헤더(형식 1.0, {limit}바이트 미만)로 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>{path}: member {member} holds {held}; it must hold {wanted}.</source>
        <translation>{path}: 항목 {member}에 {held}이(가) 들어 있습니다. {wanted}이어야 합니다.</translation>
    </message>
    <message>
        <source>{path}: member {member} has shape {shape}; the metadata says ({wanted}).</source>
        <translation>{path}: 항목 {member}의 모양이 {shape}입니다. 메타데이터에는 ({wanted})(으)로 되어 있습니다.</translation>
    </message>
    <message>
        <source>{path}: member {member} declares {data} bytes of data ({dtype} {shape}) but holds {held}.</source>
        <translation>{path}: 항목 {member}은(는) 데이터가 {data}바이트({dtype} {shape})라고 하지만 {held}바이트가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Could not save checkpoint {path}: {reason}. Any previous checkpoint there is unchanged.</source>
        <translation>체크포인트 {path}을(를) 저장하지 못했습니다: {reason}. 그 자리에 있던 체크포인트는 그대로입니다.</translation>
    </message>
    <message>
        <source>{path} is not a readable GAN Studio checkpoint: it is truncated, corrupt or of another kind ({reason}).</source>
        <translation>{path}은(는) 읽을 수 있는 GAN Studio 체크포인트가 아닙니다: 잘렸거나 손상되었거나 다른 종류의 파일입니다({reason}).</translation>
    </message>
    <message>
        <source>{path}&apos;s zip directory is over {limit} bytes; a GAN Studio checkpoint&apos;s is a few kilobytes. Refused before parsing it.</source>
        <translation>{path}의 zip 목록이 {limit}바이트를 넘습니다. GAN Studio 체크포인트의 목록은 몇 킬로바이트입니다. 읽기 전에 거부했습니다.</translation>
    </message>
    <message>
        <source>{path} is damaged or inconsistent: {reason}.</source>
        <translation>{path}이(가) 손상되었거나 앞뒤가 맞지 않습니다: {reason}.</translation>
    </message>
    <message>
        <source>{path} lists the member {member} twice: it is not a GAN Studio checkpoint.</source>
        <translation>{path}에 항목 {member}이(가) 두 번 있습니다: GAN Studio 체크포인트가 아닙니다.</translation>
    </message>
    <message>
        <source>{path}: member {member} is compressed or encrypted; GAN Studio stores its members as they are, so it did not write this file.</source>
        <translation>{path}: 항목 {member}이(가) 압축되었거나 암호화되었습니다. GAN Studio는 항목을 그대로 저장하므로 이 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>{path}: member {member} claims {claimed} bytes, more than the whole file ({size} bytes).</source>
        <translation>{path}: 항목 {member}이(가) {claimed}바이트라고 하는데, 파일 전체({size}바이트)보다 큽니다.</translation>
    </message>
    <message>
        <source>{path} has unreadable metadata: not a GAN Studio checkpoint.</source>
        <translation>{path}의 메타데이터를 읽을 수 없습니다: GAN Studio 체크포인트가 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is not a readable GAN Studio checkpoint: its member {member} is truncated, corrupt or of another kind ({reason}).</source>
        <translation>{path}은(는) 읽을 수 있는 GAN Studio 체크포인트가 아닙니다: 항목 {member}이(가) 잘렸거나 손상되었거나 다른 종류입니다({reason}).</translation>
    </message>
    <message>
        <source>{path}: member {member} holds {held}; it must hold plain numbers (bool, integers, floats).</source>
        <translation>{path}: 항목 {member}에 {held}이(가) 들어 있습니다. 평범한 숫자(bool, 정수, 실수)여야 합니다.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>Install it with `sudo apt install dataset-fashion-mnist` (Debian/Ubuntu), or pass --data-dir (or set $GAN_STUDIO_DATA) to a folder holding the four Fashion-MNIST IDX files (train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz; .gz optional), or --data-dir to a folder of at least {count} pictures of your own (PNG, JPEG, GIF, BMP, WebP, TIFF; pictures in two or more subfolders are classes).</source>
        <translation>`sudo apt install dataset-fashion-mnist`(Debian/Ubuntu)로 설치하거나, Fashion-MNIST IDX 파일 네 개(train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz; .gz는 없어도 됨)가 있는 폴더를 --data-dir로 주거나($GAN_STUDIO_DATA로 정해도 됩니다), 직접 가진 사진이 {count}장 이상 있는 폴더를 --data-dir로 주세요(PNG, JPEG, GIF, BMP, WebP, TIFF; 하위 폴더 두 개 이상에 나눠 담은 사진은 클래스가 됩니다).</translation>
    </message>
    <message>
        <source>{folder} is not a folder. {how_to_fix}</source>
        <translation>{folder}은(는) 폴더가 아닙니다. {how_to_fix}</translation>
    </message>
    <message>
        <source>{folder} has neither the Fashion-MNIST IDX files nor any picture. {how_to_fix}</source>
        <translation>{folder}에는 Fashion-MNIST IDX 파일도 사진도 없습니다. {how_to_fix}</translation>
    </message>
    <message>
        <source>{folder} has {count} usable pictures{skipped}; training needs at least {least}. {how_to_fix}</source>
        <translation>{folder}에서 쓸 수 있는 사진은 {count}장입니다{skipped}. 학습에는 {least}장 이상이 필요합니다. {how_to_fix}</translation>
    </message>
    <message>
        <source>could not write the decoded pictures of {folder} into the cache {cache} ({reason}): free some space, or set $XDG_CACHE_HOME to a folder with room</source>
        <translation>{folder}의 디코딩한 사진을 캐시 {cache}에 쓰지 못했습니다({reason}): 공간을 비우거나 $XDG_CACHE_HOME을 여유 있는 폴더로 정하세요</translation>
    </message>
    <message>
        <source>The emoji dataset is drawn from Debian&apos;s packages fonts-noto-color-emoji and unicode-data: `sudo apt install fonts-noto-color-emoji unicode-data` (scripts/setup.sh installs them).</source>
        <translation>이모지 데이터셋은 Debian 패키지 fonts-noto-color-emoji와 unicode-data로 그립니다: `sudo apt install fonts-noto-color-emoji unicode-data` (scripts/setup.sh가 설치합니다).</translation>
    </message>
    <message>
        <source>{path} is missing. {how_to_fix}</source>
        <translation>{path}이(가) 없습니다. {how_to_fix}</translation>
    </message>
    <message>
        <source>could not write the emoji dataset into {folder} ({reason}): free some space, or set $XDG_CACHE_HOME to a folder with room</source>
        <translation>이모지 데이터셋을 {folder}에 쓰지 못했습니다({reason}): 공간을 비우거나 $XDG_CACHE_HOME을 여유 있는 폴더로 정하세요</translation>
    </message>
    <message>
        <source>epoch {epoch}  ·  iteration {iteration}</source>
        <translation>에포크 {epoch}  ·  반복 {iteration}</translation>
    </message>
    <message>
        <source>there are no grid frames to export yet: train for a few iterations first</source>
        <translation>아직 내보낼 격자 프레임이 없습니다: 먼저 몇 번 반복해 학습하세요</translation>
    </message>
    <message>
        <source>Fashion-MNIST not found. Looked in: {looked}. {how_to_fix}</source>
        <translation>Fashion-MNIST를 찾지 못했습니다. 찾아본 곳: {looked}. {how_to_fix}</translation>
    </message>
    <message>
        <source>{path} is too short to be an IDX file ({count} bytes). {how_to_fix}</source>
        <translation>{path}은(는) IDX 파일이라기엔 너무 짧습니다({count}바이트). {how_to_fix}</translation>
    </message>
    <message>
        <source>{path} is not an IDX {kind} file (magic number {magic:#010x}, expected {expected:#010x}). {how_to_fix}</source>
        <translation>{path}은(는) IDX {kind} 파일이 아닙니다(매직 넘버 {magic:#010x}, 기대한 값 {expected:#010x}). {how_to_fix}</translation>
    </message>
    <message>
        <source>{path} holds shape {dims}, expected {expected}. {how_to_fix}</source>
        <translation>{path}의 모양은 {dims}인데 {expected}이어야 합니다. {how_to_fix}</translation>
    </message>
    <message>
        <source>{path} is truncated or padded: {count} data bytes, expected {expected}. {how_to_fix}</source>
        <translation>{path}이(가) 잘렸거나 덧붙여졌습니다: 데이터가 {count}바이트인데 {expected}바이트여야 합니다. {how_to_fix}</translation>
    </message>
    <message>
        <source>{path} has labels outside 0..9: not Fashion-MNIST. {how_to_fix}</source>
        <translation>{path}에 0..9 밖의 레이블이 있습니다: Fashion-MNIST가 아닙니다. {how_to_fix}</translation>
    </message>
    <message>
        <source>{path} is corrupt or truncated ({reason}). {how_to_fix}</source>
        <translation>{path}이(가) 손상되었거나 잘렸습니다({reason}). {how_to_fix}</translation>
    </message>
    <message>
        <source>{folder} has no {stem}(.gz). {how_to_fix}</source>
        <translation>{folder}에 {stem}(.gz)이(가) 없습니다. {how_to_fix}</translation>
    </message>
    <message>
        <source>no pixels ({width}x{height})</source>
        <translation>픽셀 없음({width}x{height})</translation>
    </message>
    <message>
        <source>too many pixels ({width}x{height}, more than the {millions} million allowed: a decompression bomb, or a picture to shrink first)</source>
        <translation>픽셀이 너무 많음({width}x{height}, 허용하는 {millions}백만 픽셀 초과: 압축 폭탄이거나, 먼저 줄여야 할 사진)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <source>too large to decode safely ({reason})</source>
        <translation>안전하게 디코딩하기엔 너무 큼({reason})</translation>
    </message>
    <message>
        <source>too large to decode in the memory free</source>
        <translation>남은 메모리로 디코딩하기엔 너무 큼</translation>
    </message>
    <message>
        <source>unreadable ({reason})</source>
        <translation>읽을 수 없음({reason})</translation>
    </message>
    <message>
        <source>{loss}, batch {batch}, learning rates {g}/{d}{tricks}</source>
        <translation>{loss}, 배치 {batch}, 학습률 {g}/{d}{tricks}</translation>
    </message>
    <message>
        <source>FCD</source>
        <translation>FCD</translation>
    </message>
    <message>
        <source>SWD</source>
        <translation>SWD</translation>
    </message>
    <message>
        <source>classifier accuracy</source>
        <translation>분류기 정확도</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path}은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is not a run folder: it has no {run_file}, {history} or checkpoint.</source>
        <translation>{path}은(는) 학습 폴더가 아닙니다: {run_file}, {history}, 체크포인트가 하나도 없습니다.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>no {history}: no curves until the run saves</source>
        <translation>{history}가 없습니다: 학습이 저장할 때까지 곡선이 없습니다</translation>
    </message>
    <message>
        <source>{history} has no training seconds (written before they were kept): compare it by iteration or images</source>
        <translation>{history}에 학습 시간(초)이 없습니다(기록하기 전에 쓰였습니다): 반복이나 이미지 수로 비교하세요</translation>
    </message>
    <message>
        <source>training now, not saved yet</source>
        <translation>지금 학습 중이며 아직 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file}이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>{file} ends in the middle of a row (the run was stopped while writing it): read up to its last whole row</source>
        <translation>{file}이(가) 행 중간에서 끝납니다(쓰는 도중에 학습이 멈췄습니다): 마지막 온전한 행까지 읽었습니다</translation>
    </message>
    <message>
        <source>{file}: {count} malformed rows left out</source>
        <translation>{file}: 형식이 잘못된 행 {count}개를 뺐습니다</translation>
    </message>
    <message>
        <source>its settings are unknown: no {run_file} and no readable checkpoint</source>
        <translation>설정을 알 수 없습니다: {run_file}도, 읽을 수 있는 체크포인트도 없습니다</translation>
    </message>
    <message>
        <source>within {goal} of {name}</source>
        <translation>{name}와(과) {goal} 이내</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{file} is unreadable: {reason}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{file} is unreadable ({reason}): its settings are read from a checkpoint</source>
        <translation>{file}을(를) 읽을 수 없어({reason}) 설정을 체크포인트에서 읽습니다</translation>
    </message>
    <message>
        <source>{path} could not be read as {kind} ({reason}).</source>
        <translation>{path}을(를) {kind}(으)로 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>took part {number} &apos;{name}&apos; of {count}, the highest, as the melody</source>
        <translation>{count}개 파트 중 가장 높은 {number}번 파트 &apos;{name}&apos;을(를) 선율로 썼습니다</translation>
    </message>
    <message>
        <source>took part {number} of {count}, the highest, as the melody</source>
        <translation>{count}개 파트 중 가장 높은 {number}번 파트를 선율로 썼습니다</translation>
    </message>
    <message>
        <source>moved the melody down one octave, into the soprano&apos;s range</source>
        <translation>선율을 한 옥타브 내려 소프라노 음역에 넣었습니다</translation>
    </message>
    <message>
        <source>moved the melody down {octaves} octaves, into the soprano&apos;s range</source>
        <translation>선율을 {octaves}옥타브 내려 소프라노 음역에 넣었습니다</translation>
    </message>
    <message>
        <source>{path} has no notes to take as a melody.</source>
        <translation>{path}에는 선율로 쓸 음이 없습니다.</translation>
    </message>
    <message>
        <source>{path} is not a melody file: open a MIDI (.mid, .midi) or MusicXML (.musicxml, .xml, .mxl) file.</source>
        <translation>{path}은(는) 선율 파일이 아닙니다. MIDI(.mid, .midi)나 MusicXML(.musicxml, .xml, .mxl) 파일을 여세요.</translation>
    </message>
    <message>
        <source>{path} unpacks to {size:.1f} MB, more than the {limit:g} MB a melody&apos;s file may be.</source>
        <translation>{path}은(는) 압축을 풀면 {size:.1f} MB로, 선율 파일에 허용되는 {limit:g} MB보다 큽니다.</translation>
    </message>
    <message>
        <source>took track {number} &apos;{name}&apos; of {count}, the highest, as the melody</source>
        <translation>{count}개 트랙 중 가장 높은 {number}번 트랙 &apos;{name}&apos;을(를) 선율로 썼습니다</translation>
    </message>
    <message>
        <source>took track {number} of {count}, the highest, as the melody</source>
        <translation>{count}개 트랙 중 가장 높은 {number}번 트랙을 선율로 썼습니다</translation>
    </message>
    <message>
        <source>{path} has no notes in its first {bars} bars of 4/4, the most of a melody read.</source>
        <translation>{path}의 처음 4/4박자 {bars}마디(선율로 읽는 최대 길이)에 음이 없습니다.</translation>
    </message>
    <message>
        <source>folded {count} notes still out of reach by octaves into {low} to {high}</source>
        <translation>여전히 범위를 벗어난 음 {count}개를 옥타브 단위로 옮겨 {low}~{high} 안에 넣었습니다</translation>
    </message>
    <message>
        <source>folded a note still out of reach by octaves into {low} to {high}</source>
        <translation>여전히 범위를 벗어난 음 하나를 옥타브 단위로 옮겨 {low}~{high} 안에 넣었습니다</translation>
    </message>
    <message>
        <source>moved the melody up one octave, into the soprano&apos;s range</source>
        <translation>선율을 한 옥타브 올려 소프라노 음역에 넣었습니다</translation>
    </message>
    <message>
        <source>moved the melody up {octaves} octaves, into the soprano&apos;s range</source>
        <translation>선율을 {octaves}옥타브 올려 소프라노 음역에 넣었습니다</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path}은(는) 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path}이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>{path} is {size:.1f} MB, more than the {limit:g} MB a melody&apos;s file may be: a melody takes a few KB. Save the melody alone in a file of its own.</source>
        <translation>{path}은(는) {size:.1f} MB로, 선율 파일에 허용되는 {limit:g} MB보다 큽니다. 선율 하나는 몇 KB면 충분합니다. 선율만 따로 파일로 저장하세요.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>it does not begin with a MIDI header</source>
        <translation>MIDI 헤더로 시작하지 않습니다</translation>
    </message>
    <message>
        <source>left out {count} grace notes</source>
        <translation>꾸밈음 {count}개를 뺐습니다</translation>
    </message>
    <message>
        <source>left out a grace note</source>
        <translation>꾸밈음 하나를 뺐습니다</translation>
    </message>
    <message>
        <source>moved {count} of {total} notes onto the sixteenth-note grid (triplets, notes shorter than a sixteenth)</source>
        <translation>음 {total}개 중 {count}개를 16분음표 격자에 맞췄습니다(셋잇단음표, 16분음표보다 짧은 음)</translation>
    </message>
    <message>
        <source>kept the first {bars} bars of 4/4 ({steps} sixteenths) of a melody {total} sixteenths long</source>
        <translation>16분음표 {total}개 길이의 선율에서 처음 4/4박자 {bars}마디(16분음표 {steps}개)만 썼습니다</translation>
    </message>
    <message>
        <source>several notes at once (chords): kept the top one; {count} lower notes left out or shortened</source>
        <translation>동시에 여러 음(화음): 가장 높은 음을 남기고 아래 음 {count}개를 빼거나 줄였습니다</translation>
    </message>
    <message>
        <source>several notes at once (chords): kept the top one; a lower note left out or shortened</source>
        <translation>동시에 여러 음(화음): 가장 높은 음을 남기고 아래 음 하나를 빼거나 줄였습니다</translation>
    </message>
    <message>
        <source>no usable tempo in the file: took {tempo:g} quarter notes a minute</source>
        <translation>파일에 쓸 수 있는 빠르기가 없어 1분에 4분음표 {tempo:g}개로 정했습니다</translation>
    </message>
    <message>
        <source>the tempo changes: took the first, {tempo:g} quarter notes a minute</source>
        <translation>빠르기가 바뀝니다: 처음 빠르기인 1분에 4분음표 {tempo:g}개를 썼습니다</translation>
    </message>
    <message>
        <source>no usable time signature in the file: took {meter}</source>
        <translation>파일에 쓸 수 있는 박자표가 없어 {meter}(으)로 정했습니다</translation>
    </message>
    <message>
        <source>the meter changes ({meters}): read as one stream of sixteenths, written back in {meter}</source>
        <translation>박자가 바뀝니다({meters}): 16분음표가 이어진 하나의 흐름으로 읽고, {meter}(으)로 다시 씁니다</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path}을(를) 쓸 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>meter {meter}: read as a stream of sixteenths, whatever the meter</source>
        <translation>{meter}박자: 박자와 관계없이 16분음표의 흐름으로 읽습니다</translation>
    </message>
    <message>
        <source>{path} holds {members} members, {size} bytes: far more than a generator file; not one of GAN Studio&apos;s</source>
        <translation>{path}에는 항목 {members}개, {size}바이트가 들어 있습니다: 생성자 파일보다 훨씬 큽니다. GAN Studio의 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{path} holds {count} arrays; the generator has {needed}</source>
        <translation>{path}에는 배열이 {count}개 있습니다. 생성자에는 {needed}개가 있습니다</translation>
    </message>
    <message>
        <source>{path} is not a GAN Studio generator file ({reason})</source>
        <translation>{path}은(는) GAN Studio 생성자 파일이 아닙니다({reason})</translation>
    </message>
    <message>
        <source>{path} is not a readable GAN Studio generator file: {reason}</source>
        <translation>{path}은(는) 읽을 수 있는 GAN Studio 생성자 파일이 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>{path}: {variable} is {shape} in the file, {needed} in the generator</source>
        <translation>{path}: {variable}은(는) 파일에서 {shape}, 생성자에서 {needed}입니다</translation>
    </message>
    <message>
        <source>{path} is not a GAN Studio generator file</source>
        <translation>{path}은(는) GAN Studio 생성자 파일이 아닙니다</translation>
    </message>
    <message>
        <source>cannot read the quality classifier&apos;s weights {path}: {reason}. They ship with GAN Studio in resources/; re-create them with `python scripts/train_classifier.py`.</source>
        <translation>품질 분류기의 가중치 {path}을(를) 읽을 수 없습니다: {reason}. 가중치는 GAN Studio와 함께 resources/에 들어 있습니다. `python scripts/train_classifier.py`로 다시 만드세요.</translation>
    </message>
    <message>
        <source>{path} does not fit the classifier (variable {variable}); re-create it with `python scripts/train_classifier.py`.</source>
        <translation>{path}이(가) 분류기에 맞지 않습니다(변수 {variable}). `python scripts/train_classifier.py`로 다시 만드세요.</translation>
    </message>
    <message>
        <source>Quality metrics (FCD, KID, classifier score, class coverage) compare generated images with the Fashion-MNIST test set through a Fashion classifier: not available for {kind} data ({source}). The curves, grid and alarms work as for Fashion-MNIST.</source>
        <translation>품질 지표(FCD, KID, 분류기 점수, 클래스 포괄도)는 Fashion 분류기를 거쳐 생성 이미지를 Fashion-MNIST 테스트 세트와 비교합니다: {kind} 데이터({source})에는 쓸 수 없습니다. 곡선, 격자, 경보는 Fashion-MNIST에서처럼 작동합니다.</translation>
    </message>
    <message>
        <source>samples must be in [2, {count}], got {samples}</source>
        <translation>표본 수는 [2, {count}] 범위여야 합니다. 받은 값: {samples}</translation>
    </message>
    <message>
        <source>The Fashion-MNIST classifier&apos;s metrics are not available for {kind} data ({source}).</source>
        <translation>Fashion-MNIST 분류기의 지표는 {kind} 데이터({source})에는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The content picture {path} is too narrow: at size {size} its shorter side is {side} pixels, and a transfer needs {least}. Choose a larger size or crop it.</source>
        <translation>내용 그림 {path}이(가) 너무 좁습니다: 크기 {size}에서 짧은 변이 {side}픽셀인데, 변환에는 {least}픽셀이 필요합니다. 크기를 키우거나 그림을 잘라 주세요.</translation>
    </message>
    <message>
        <source>The content picture {path} cannot be used: {reason}</source>
        <translation>내용 그림 {path}을(를) 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The style picture {path} cannot be used: {reason}</source>
        <translation>스타일 그림 {path}을(를) 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path}을(를) 쓰지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>iteration {iteration}: {field} {old} -&gt; {new}</source>
        <translation>반복 {iteration}: {field} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>{field} cannot change during a run; the fields that can are {fields}</source>
        <translation>{field}은(는) 학습 중에 바꿀 수 없습니다. 바꿀 수 있는 항목: {fields}</translation>
    </message>
    <message>
        <source>--change {text!r}: expected ITERATION:FIELD=VALUE, e.g. 500:d_learning_rate=4e-4</source>
        <translation>--change {text!r}: 반복:항목=값 형식이어야 합니다. 예: 500:d_learning_rate=4e-4</translation>
    </message>
    <message>
        <source>rewound from iteration {old} to iteration {new} (a new branch)</source>
        <translation>반복 {old}에서 반복 {new}(으)로 되감음(새 갈래)</translation>
    </message>
    <message>
        <source>{path} holds {groups}, expected {expected}: another architecture.</source>
        <translation>{path}에는 {groups}이(가) 있는데 {expected}이어야 합니다: 다른 구조입니다.</translation>
    </message>
    <message>
        <source>{path}: history columns {columns} are not known to this GAN Studio (a newer version wrote it?).</source>
        <translation>{path}: 기록 열 {columns}을(를) 이 GAN Studio는 모릅니다(더 새 버전이 썼나요?).</translation>
    </message>
    <message>
        <source>{path}: its quality table has the columns {columns}, a {family} run&apos;s has {expected}.</source>
        <translation>{path}: 품질 표의 열이 {columns}입니다. {family} 학습의 열은 {expected}입니다.</translation>
    </message>
    <message>
        <source>{path}: {group} has {count} variables, this model has {needed}: another architecture.</source>
        <translation>{path}: {group}에는 변수가 {count}개, 이 모델에는 {needed}개 있습니다: 다른 구조입니다.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: {group} variable {name} is {dtype}{shape}, this model needs {needed_dtype}{needed_shape}: another architecture.</source>
        <translation>{path}: {group}의 변수 {name}은(는) {dtype}{shape}인데, 이 모델에는 {needed_dtype}{needed_shape}이(가) 필요합니다: 다른 구조입니다.</translation>
    </message>
    <message>
        <source>the run asks for {name} {wanted} but its data ({source}) has {has}; load the data as the run asks (engine.io.data.load_dataset)</source>
        <translation>학습은 {name} {wanted}을(를) 요구하는데 데이터({source})는 {has}입니다. 학습이 요구하는 대로 데이터를 불러오세요(engine.io.data.load_dataset)</translation>
    </message>
    <message>
        <source>{family} trains on pictures, not on {source}</source>
        <translation>{family}은(는) {source}이(가) 아니라 그림으로 학습합니다</translation>
    </message>
    <message>
        <source>{family} trains on its own data, not on {source}</source>
        <translation>{family}은(는) {source}이(가) 아니라 자기 데이터로 학습합니다</translation>
    </message>
    <message>
        <source>batch_size {batch} does not split evenly across {replicas} devices; choose a multiple of {replicas}</source>
        <translation>batch_size {batch}은(는) 장치 {replicas}개에 고르게 나뉘지 않습니다. {replicas}의 배수를 고르세요</translation>
    </message>
    <message>
        <source>, or train on {count} images (train_images)</source>
        <translation>, 또는 이미지 {count}장으로 학습하세요(train_images)</translation>
    </message>
    <message>
        <source>an epoch of {images} images ends in a batch of {rest}, fewer than the {devices} devices; choose another batch size or fewer devices{remedy}</source>
        <translation>이미지 {images}장의 에포크는 {rest}장짜리 배치로 끝나 장치 {devices}개보다 적습니다. 다른 배치 크기나 더 적은 장치를 고르세요{remedy}</translation>
    </message>
    <message>
        <source>no good state is kept</source>
        <translation>보관된 정상 상태가 없습니다</translation>
    </message>
    <message>
        <source>{field} is not part of the {family} recipe; the fields that can change during its run are {fields}</source>
        <translation>{field}은(는) {family} 레시피에 없습니다. 이 학습 중에 바꿀 수 있는 항목: {fields}</translation>
    </message>
    <message>
        <source>{label} ({field}) cannot be switched on or off during a run (it has its own variables); its value can change while it is on</source>
        <translation>{label}({field})은(는) 학습 중에 켜거나 끌 수 없습니다(자기 변수가 있습니다). 켜져 있는 동안 값은 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>no rewind point is kept at iteration {iteration}</source>
        <translation>반복 {iteration}에는 보관된 되감기 지점이 없습니다</translation>
    </message>
</context>
</TS>
