package dev.assistantskit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.assistantskit.client.api.AssistantsApi;
import dev.assistantskit.client.invoker.ApiClient;
import dev.assistantskit.client.model.AssistantObject;
import dev.assistantskit.client.model.AssistantToolsCode;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

@WireMockTest
class GeneratedClientWireTest {
  @Test
  void getsAnAssistantWithTheKeyAndVersionAndParsesItsTools(WireMockRuntimeInfo wiremock)
      throws Exception {
    stubFor(
        get(urlPathEqualTo("/openai/assistants/asst_7AZSrv5I3XzjUqWS40X5UgRr"))
            .willReturn(
                okJson(
                    """
                    {"id":"asst_7AZSrv5I3XzjUqWS40X5UgRr","object":"assistant","created_at":1705972454,
                     "name":"Data Visualization","description":null,"model":"gpt-4-1106-preview",
                     "instructions":"Make charts.","metadata":{},
                     "tools":[{"type":"code_interpreter"},
                       {"type":"function","function":{"name":"plot","parameters":{"type":"object"}}}]}
                    """)));
    ApiClient client = new ApiClient();
    client.updateBaseUri(wiremock.getHttpBaseUrl() + "/openai");
    client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    client.setRequestInterceptor(request -> request.header("api-key", "secret"));

    AssistantObject assistant =
        new AssistantsApi(client)
            .getAssistant("asst_7AZSrv5I3XzjUqWS40X5UgRr", "2024-05-01-preview");

    assertThat(assistant.getName()).isEqualTo("Data Visualization");
    assertThat(assistant.getDescription()).isNull();
    assertThat(assistant.getTools()).hasSize(2);
    assertThat(assistant.getTools().get(0).getActualInstance())
        .isInstanceOf(AssistantToolsCode.class);
    assertThat(assistant.getTools().get(1).getAssistantToolsFunction().getFunction().getName())
        .isEqualTo("plot");
    verify(
        getRequestedFor(urlPathEqualTo("/openai/assistants/asst_7AZSrv5I3XzjUqWS40X5UgRr"))
            .withQueryParam("api-version", equalTo("2024-05-01-preview"))
            .withHeader("api-key", equalTo("secret")));
  }
}
