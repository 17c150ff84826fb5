// @generated from AWS::SecurityHub::Hub (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::Hub` and its property types.

/// The AWS::SecurityHub::Hub resource represents the implementation of the AWS Security Hub service in your account.
///
/// CloudFormation type `AWS::SecurityHub::Hub`.
#[derive(Debug, Clone, PartialEq)]
pub struct Hub {
    props: ::forma_core::schema::Props,
}
impl Hub {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to automatically enable new controls when they are added to standards that are enabled
    #[track_caller]
    pub fn auto_enable_controls(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This field, used when enabling Security Hub, specifies whether the calling account has consolidated control findings turned on.
    #[track_caller]
    pub fn control_finding_generator(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to enable the security standards that Security Hub has designated as automatically enabled.
    #[track_caller]
    pub fn enable_default_standards(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Hub {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Hub {
    type Attributes = HubAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::Hub"
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
/// The attributes of a `AWS::SecurityHub::Hub` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HubAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HubAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HubAttributes {
    /// `Fn::GetAtt` `ARN`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ARN")
    }
    /// `Fn::GetAtt` `SubscribedAt`.
    pub fn subscribed_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SubscribedAt")
    }
}

/// The schema of `AWS::SecurityHub::Hub`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::Hub",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoEnableControls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ControlFindingGenerator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(SECURITY_CONTROL|STANDARD_CONTROL)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableDefaultStandards",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["ARN", "SubscribedAt"],
};
