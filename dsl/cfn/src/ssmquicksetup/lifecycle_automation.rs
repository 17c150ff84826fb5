// @generated from AWS::SSMQuickSetup::LifecycleAutomation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSMQuickSetup::LifecycleAutomation` and its property types.

/// Resource Type definition for AWS::SSMQuickSetup::LifecycleAutomation that executes SSM Automation documents in response to CloudFormation lifecycle events.
///
/// CloudFormation type `AWS::SSMQuickSetup::LifecycleAutomation`.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleAutomation {
    props: ::forma_core::schema::Props,
}
impl LifecycleAutomation {
    /// A new resource with its required properties: `AutomationDocument`, `AutomationParameters`, `ResourceKey`.
    #[track_caller]
    pub fn new(
        automation_document: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        automation_parameters: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        resource_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, automation_document.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, automation_parameters.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, resource_key.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LifecycleAutomation {
    type Attributes = LifecycleAutomationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSMQuickSetup::LifecycleAutomation"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::SSMQuickSetup::LifecycleAutomation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LifecycleAutomationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LifecycleAutomationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LifecycleAutomationAttributes {
    /// `Fn::GetAtt` `AssociationId`.
    pub fn association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationId")
    }
}

/// The schema of `AWS::SSMQuickSetup::LifecycleAutomation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSMQuickSetup::LifecycleAutomation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutomationDocument",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "AutomationParameters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            )),
        },
        ::forma_core::schema::Property {
            name: "ResourceKey",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[A-Za-z0-9 +=@_\\/:.-]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                },
            )),
        },
    ],
    rules: &[],
    attributes: &["AssociationId"],
};
