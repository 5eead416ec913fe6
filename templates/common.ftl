<#-- Helpers shared by every page. Import with: <#import "common.ftl" as c> -->

<#-- The page word for key, from messages_LANG.properties, with {0}, {1}... filled in:
     ${c.t("tutorial.step", 3)} gives "Étape 3". One pass over the message, as decision.js
     does, so a "{1}" inside an argument (a contact's name) stays as it is. -->
<#function t key args...>
  <#local parts = msg[key]?split("{")>
  <#local text = parts[0]>
  <#list parts[1..] as part>
    <#local m = part?matches(r"(\d+)\}(.*)", "s")>
    <#if m && m?groups[1]?number < args?size>
      <#local text = text + args[m?groups[1]?number]?string + m?groups[2]>
    <#else>
      <#local text = text + "{" + part>
    </#if>
  </#list>
  <#return text>
</#function>

<#-- As t, for a sentence that carries a phone number or a contact's name: the page word is
     escaped, and each argument set apart left to right (<span dir="ltr">), so that digits and a
     name keep their order whatever the text around them (a right-to-left name beside a number
     would otherwise reverse the groups of the number). Returns HTML. -->
<#outputformat "HTML">
<#function tl key args...>
  <#local parts = msg[key]?split("{")>
  <#local text = parts[0]?esc>
  <#list parts[1..] as part>
    <#local m = part?matches(r"(\d+)\}(.*)", "s")>
    <#if m && m?groups[1]?number < args?size>
      <#local text = text + "<span dir=\"ltr\">"?no_esc + args[m?groups[1]?number]?string + "</span>"?no_esc + m?groups[2]>
    <#else>
      <#local text = text + "{" + part>
    </#if>
  </#list>
  <#return text>
</#function>
</#outputformat>
