// @generated from AWS::CloudFormation::PublicTypeVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::PublicTypeVersion` and its property types.

/// Test and Publish a resource that has been registered in the CloudFormation Registry.
///
/// CloudFormation type `AWS::CloudFormation::PublicTypeVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct PublicTypeVersion {
    props: ::forma_core::schema::Props,
}
impl PublicTypeVersion {
    /// A new resource.
    ///
    /// CloudFormation also needs exactly one of: `TypeName` and `Type`; or `Arn`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Number (ARN) of the extension.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A url to the S3 bucket where logs for the testType run will be available
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_delivery_bucket(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version number of a public third-party extension
    ///
    /// Allowed: length 5 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn public_version_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The kind of extension
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the type being registered.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for PublicTypeVersion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for PublicTypeVersion {
    type Attributes = PublicTypeVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::PublicTypeVersion"
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
/// The attributes of a `AWS::CloudFormation::PublicTypeVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PublicTypeVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PublicTypeVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PublicTypeVersionAttributes {
    /// `Fn::GetAtt` `PublicTypeArn`.
    pub fn public_type_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PublicTypeArn")
    }
    /// `Fn::GetAtt` `TypeVersionArn`.
    pub fn type_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TypeVersionArn")
    }
    /// `Fn::GetAtt` `PublisherId`.
    pub fn publisher_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PublisherId")
    }
}

/// The values CloudFormation documents: `RESOURCE`, `MODULE`, `HOOK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `RESOURCE`
    Resource,
    /// `MODULE`
    Module,
    /// `HOOK`
    Hook,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Resource => "RESOURCE",
            Self::Module => "MODULE",
            Self::Hook => "HOOK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RESOURCE", "MODULE", "HOOK"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The schema of `AWS::CloudFormation::PublicTypeVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::PublicTypeVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:[0-9]{12}:type/.+"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogDeliveryBucket",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PublicVersionNumber",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(.*)$"),
                min_length: Some(5),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["RESOURCE", "MODULE", "HOOK"]),
        },
        ::forma_core::schema::Property {
            name: "TypeName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(::MODULE){0,1}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["TypeName", "Type"], &["Arn"]])],
    attributes: &["PublicTypeArn", "TypeVersionArn", "PublisherId"],
};
