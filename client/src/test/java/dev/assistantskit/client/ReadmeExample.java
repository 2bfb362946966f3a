package dev.assistantskit.client;

import static dev.assistantskit.client.model.CreateMessageRequest.RoleEnum.USER;

import dev.assistantskit.client.invoker.ApiException;
import dev.assistantskit.client.model.CreateMessageRequest;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.RunStatus;

/**
 * The usage snippet of client/README.md (the lines between the "README snippet" markers), kept
 * compiling and run by {@link ReadmeExampleTest}.
 */
final class ReadmeExample {
  private ReadmeExample() {}

  static RunStatus startRun(String endpoint, String apiKey, String id) throws ApiException {
    // README snippet begin
    AssistantsClient client = AssistantsClient.builder().endpoint(endpoint).apiKey(apiKey).build();
    String v = client.apiVersion(); // every generated method takes the api-version
    try {
      String thread = client.threads().createThread(v, null).getId();
      var ask = new CreateMessageRequest().role(USER).content("Plot a sine wave");
      client.messages().createMessage(thread, v, ask);
      return client.runs().createRun(thread, v, new CreateRunRequest().assistantId(id)).getStatus();
    } catch (NotFoundException e) { // unchecked, like every error status; also e.code(), e.param()
      throw new IllegalArgumentException("No assistant " + id + ": " + e.errorMessage(), e);
    }
    // README snippet end
  }
}
