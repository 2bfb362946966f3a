package dev.assistantskit.server.testing;

import static dev.assistantskit.server.testing.Apis.V;

import dev.assistantskit.client.model.AssistantTool;
import dev.assistantskit.client.model.AssistantToolsCode;
import dev.assistantskit.client.model.AssistantToolsFunction;
import dev.assistantskit.client.model.CreateAssistantRequest;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.FunctionObject;
import dev.assistantskit.client.model.ListMessagesResponse;
import dev.assistantskit.client.model.MessageObject;
import dev.assistantskit.client.model.RunObject;
import dev.assistantskit.client.model.RunStatus;
import dev.assistantskit.server.control.ScriptDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shortcuts for tests about runs: objects to run on, polling, scripts. */
public record Runs(EmulatorExtension emulator, Apis api) {
  public static final Set<RunStatus> TERMINAL =
      Set.of(
          RunStatus.COMPLETED,
          RunStatus.FAILED,
          RunStatus.CANCELLED,
          RunStatus.EXPIRED,
          RunStatus.INCOMPLETE);

  public static final Set<RunStatus> TERMINAL_OR_WAITING =
      Set.of(
          RunStatus.COMPLETED,
          RunStatus.FAILED,
          RunStatus.CANCELLED,
          RunStatus.EXPIRED,
          RunStatus.INCOMPLETE,
          RunStatus.REQUIRES_ACTION);

  public static Runs of(EmulatorExtension emulator) {
    return new Runs(emulator, Apis.of(emulator));
  }

  public String assistant(List<AssistantTool> tools) throws Exception {
    return api.assistants()
        .createAssistant(V, new CreateAssistantRequest().model("gpt-4").tools(tools))
        .getId();
  }

  public String codeAssistant() throws Exception {
    return assistant(List.of(codeInterpreter()));
  }

  /** An assistant with one function tool, {@code get_weather} taking {@link #WEATHER}. */
  public String weatherAssistant() throws Exception {
    return assistant(List.of(function("get_weather", "Current weather in a city", WEATHER)));
  }

  public static AssistantTool codeInterpreter() {
    return new AssistantTool(
        new AssistantToolsCode().type(AssistantToolsCode.TypeEnum.CODE_INTERPRETER));
  }

  public static AssistantTool function(
      String name, String description, Map<String, Object> parameters) {
    return new AssistantTool(
        new AssistantToolsFunction()
            .type(AssistantToolsFunction.TypeEnum.FUNCTION)
            .function(
                new FunctionObject().name(name).description(description).parameters(parameters)));
  }

  public static final Map<String, Object> WEATHER =
      Map.of(
          "type", "object",
          "properties",
              Map.of(
                  "city",
                  Map.of("type", "string"),
                  "unit",
                  Map.of("type", "string", "enum", List.of("celsius", "fahrenheit"))),
          "required", List.of("city"));

  /** A thread holding one user message. */
  public String thread(String firstMessage) throws Exception {
    String thread = api.threads().createThread(V, null).getId();
    say(thread, firstMessage);
    return thread;
  }

  public MessageObject say(String thread, String text) throws Exception {
    return api.messages()
        .createMessage(
            thread,
            V,
            new CreateMessageRequest().role(CreateMessageRequest.RoleEnum.USER).content(text));
  }

  public RunObject start(String thread, String assistant) throws Exception {
    return api.runs().createRun(thread, V, new CreateRunRequest().assistantId(assistant));
  }

  /** Polls a run (without delay between polls) until it is in one of {@code statuses}. */
  public RunObject await(RunObject run, Set<RunStatus> statuses) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    RunObject current = run;
    while (!statuses.contains(current.getStatus())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "run " + run.getId() + " stayed " + current.getStatus() + ", expected " + statuses);
      }
      Thread.sleep(2);
      current = api.runs().getRun(run.getThreadId(), run.getId(), V);
    }
    return current;
  }

  public RunObject awaitEnd(RunObject run) throws Exception {
    return await(run, TERMINAL);
  }

  public RunObject await(RunObject run, RunStatus status) throws Exception {
    return await(run, Set.of(status));
  }

  /** Polls the thread until one of its messages is being written (in progress); that message. */
  public MessageObject awaitWriting(String thread) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      for (MessageObject message : messages(thread).getData()) {
        if (message.getStatus() == MessageObject.StatusEnum.IN_PROGRESS) {
          return message;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no message of the run was being written after 10 s");
  }

  public ListMessagesResponse messages(String thread) throws Exception {
    return api.messages().listMessages(thread, V, 100, "desc", null, null, null);
  }

  /** The text of the thread's newest message (its first content part). */
  public String newestText(String thread) throws Exception {
    return firstText(messages(thread).getData().get(0));
  }

  /** The text of the message's first content part. */
  public static String firstText(MessageObject message) {
    return message.getContent().get(0).getMessageContentTextObject().getText().getValue();
  }

  /** Scripts the next run of this thread. */
  public void script(String thread, ScriptDefinition.TurnDefinition... turns) {
    script(thread, 0, 0, 0, turns);
  }

  public void script(
      String thread,
      long holdQueued,
      long holdInProgress,
      long holdWriting,
      ScriptDefinition.TurnDefinition... turns) {
    emulator
        .server()
        .emulator()
        .scripts()
        .add(
            new ScriptDefinition(
                null, thread, holdQueued, holdInProgress, holdWriting, 1, List.of(turns)));
  }

  public static ScriptDefinition.TurnDefinition reply(String text) {
    return new ScriptDefinition.TurnDefinition(text, null, null, null, null);
  }

  public static ScriptDefinition.TurnDefinition fail(String code, String message) {
    return new ScriptDefinition.TurnDefinition(
        null, null, null, new ScriptDefinition.FailDefinition(code, message), null);
  }

  public static ScriptDefinition.TurnDefinition incomplete(String reason) {
    return new ScriptDefinition.TurnDefinition(null, null, null, null, reason);
  }
}
