<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
</TS>
