package dev.skillfast.payments.paypal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;

/**
 * The PayPal REST interfaces served over real HTTP in unit tests, which have no MicroProfile Rest Client
 * runtime: reads the same JAX-RS annotations (paths, path, header and form parameters, the JSON body),
 * writes and reads JSON with {@link PaypalJson} (what the server registers on its clients) and turns error
 * statuses into {@link PaypalApiException} as {@link PaypalErrorMapper} does. Only what those interfaces use.
 */
final class WireClients implements PaypalClientFactory {

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public <T> T create(Class<T> api, URI base) {
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
                (proxy, method, args) -> method.getDeclaringClass() == Object.class ? method.invoke(this, args)
                        : invoke(api, method, args == null ? new Object[0] : args, base)));
    }

    private Object invoke(Class<?> api, Method method, Object[] args, URI base) throws InterruptedException {
        String path = api.getAnnotation(Path.class).value()
                + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
        HttpRequest.Builder request = HttpRequest.newBuilder();
        List<String> form = new ArrayList<>();
        Object entity = null;
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < args.length; i++) {
            Annotation annotation = annotations[i].length == 0 ? null : annotations[i][0];
            if (annotation instanceof PathParam param) {
                path = path.replace("{" + param.value() + "}", URLEncoder.encode((String) args[i], StandardCharsets.UTF_8));
            } else if (annotation instanceof HeaderParam header && args[i] != null) {
                request.header(header.value(), (String) args[i]);
            } else if (annotation instanceof FormParam param) {
                form.add(param.value() + "=" + URLEncoder.encode((String) args[i], StandardCharsets.UTF_8));
            } else if (annotation == null) {
                entity = args[i];
            }
        }
        request.uri(URI.create(base + path));
        if (method.isAnnotationPresent(GET.class)) {
            request.GET();
        } else if (method.isAnnotationPresent(POST.class)) {
            boolean isForm = !form.isEmpty();
            Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                    : api.getAnnotation(Consumes.class);
            request.header("Content-Type", consumes.value()[0]);
            String body = isForm ? String.join("&", form) : entity == null ? "" : PaypalJson.JSONB.toJson(entity);
            request.POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProcessingException(e);
        }
        if (response.statusCode() >= 400) {
            throw PaypalApiException.of(response.statusCode(), response.body());
        }
        return PaypalJson.JSONB.fromJson(response.body(), method.getGenericReturnType());
    }
}
