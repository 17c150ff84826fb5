// @generated from AWS::CloudFormation::Publisher (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::Publisher` and its property types.

/// Register as a publisher in the CloudFormation Registry.
///
/// CloudFormation type `AWS::CloudFormation::Publisher`.
#[derive(Debug, Clone, PartialEq)]
pub struct Publisher {
    props: ::forma_core::schema::Props,
}
impl Publisher {
    /// A new resource with its required properties: `AcceptTermsAndConditions`.
    #[track_caller]
    pub fn new(accept_terms_and_conditions: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, accept_terms_and_conditions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// If you are using a Bitbucket or GitHub account for identity verification, the Amazon Resource Name (ARN) for your connection to that account.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connection_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Publisher {
    type Attributes = PublisherAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::Publisher"
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
/// The attributes of a `AWS::CloudFormation::Publisher` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PublisherAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PublisherAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PublisherAttributes {
    /// `Fn::GetAtt` `PublisherId`.
    pub fn publisher_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PublisherId")
    }
    /// `Fn::GetAtt` `PublisherStatus`.
    pub fn publisher_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PublisherStatus")
    }
    /// `Fn::GetAtt` `PublisherProfile`.
    pub fn publisher_profile(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PublisherProfile")
    }
    /// `Fn::GetAtt` `IdentityProvider`.
    pub fn identity_provider(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityProvider")
    }
}

/// The schema of `AWS::CloudFormation::Publisher`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::Publisher",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceptTermsAndConditions",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ConnectionArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[w]+)*:.+:.+:[0-9]{12}:.+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &["PublisherId", "PublisherStatus", "PublisherProfile", "IdentityProvider"],
};
